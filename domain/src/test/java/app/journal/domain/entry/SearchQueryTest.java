package app.journal.domain.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void theLastPlainWordIsMatchedAsAPrefix() {
        var query = new SearchQuery("  walk jour ");
        assertThat(query.head()).isEqualTo("walk");
        assertThat(query.prefix()).isEqualTo("jour");
        assertThat(new SearchQuery("jour").head()).isEmpty();
    }

    @Test
    void negatedQuotedOrAndFinishedWordsAreNotPrefixes() {
        for (String q : new String[] {"walk -rain", "\"walk in the", "walk or", "walk \"rain\"", "e-mail", "walk."}) {
            var query = new SearchQuery(q);
            assertThat(query.prefix()).as(q).isNull();
            assertThat(query.head()).as(q).isEqualTo(q);
        }
        assertThat(new SearchQuery("\"walk in\" rai").prefix()).isEqualTo("rai");
        var or = new SearchQuery("bread OR cof");
        assertThat(or.head()).isEqualTo("bread");
        assertThat(or.prefix()).isEqualTo("cof");
        assertThat(or.prefixAfterOr()).isTrue();
        assertThat(new SearchQuery("or cof").prefixAfterOr()).isFalse();
    }

    @Test
    void blankTooLongOrNulIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> new SearchQuery(" ")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("q");
        assertThatThrownBy(() -> new SearchQuery("a".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SearchQuery("a\u0000")).isInstanceOf(InvalidValueException.class);
        assertThat(new SearchQuery("é".repeat(200)).value()).hasSize(200);
    }

    @Test
    void languagesComeFromTheBrowserTagOrAreSimple() {
        assertThat(SearchLanguage.forTag("de-AT")).isEqualTo(new SearchLanguage("german"));
        assertThat(SearchLanguage.forTag("nb-NO").name()).isEqualTo("norwegian");
        assertThat(SearchLanguage.forTag("ja-JP")).isEqualTo(SearchLanguage.SIMPLE);
        assertThat(SearchLanguage.forTag(null)).isEqualTo(SearchLanguage.SIMPLE);
        assertThat(SearchLanguage.all()).hasSize(29).first().isEqualTo(SearchLanguage.SIMPLE);
        assertThatThrownBy(() -> new SearchLanguage("klingon")).isInstanceOf(InvalidValueException.class);
    }
}
