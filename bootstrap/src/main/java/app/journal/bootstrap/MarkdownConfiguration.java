package app.journal.bootstrap;

import app.journal.adapter.rest.markdown.MarkdownRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Entry bodies as HTML: a presentation concern of the REST API, so the renderer lives in its adapter.
 *
 * @see "docs/decisions/0028-markdown.md"
 */
@Configuration(proxyBeanMethods = false)
class MarkdownConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }
}
