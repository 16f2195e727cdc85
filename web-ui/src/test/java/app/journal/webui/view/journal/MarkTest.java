package app.journal.webui.view.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.webui.api.journal.SearchPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkTest {

    @Test
    void rangesBecomeMarksAndEverythingStaysText() {
        var marked = new SearchPage.Marked("a <img src=x onerror=alert(1)> lighthouse",
                List.of(new SearchPage.Range(2, 30), new SearchPage.Range(31, 41)));

        List<Component> parts = Mark.render(marked);

        assertThat(parts).hasSize(4);
        assertThat(((Text) parts.get(0)).getText()).isEqualTo("a ");
        var markup = (Mark) parts.get(1);
        assertThat(markup.getElement().getTag()).isEqualTo("mark");
        assertThat(markup.getElement().getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(markup.getElement().getChildCount()).isEqualTo(1);
        assertThat(markup.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(((Mark) parts.get(3)).getElement().getText()).isEqualTo("lighthouse");
    }

    @Test
    void rangesOutOfTheTextOrOverlappingAreIgnored() {
        var marked = new SearchPage.Marked("short",
                List.of(new SearchPage.Range(0, 2), new SearchPage.Range(1, 3), new SearchPage.Range(4, 99)));

        List<Component> parts = Mark.render(marked);

        assertThat(parts).hasSize(2);
        assertThat(((Mark) parts.get(0)).getElement().getText()).isEqualTo("sh");
        assertThat(((Text) parts.get(1)).getText()).isEqualTo("ort");
    }
}
