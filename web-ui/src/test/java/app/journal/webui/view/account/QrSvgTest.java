package app.journal.webui.view.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrSvgTest {

    private static final String URI = "otpauth://totp/Journal:ada@example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=Journal&algorithm=SHA1&digits=6&period=30";

    @Test
    void a_short_text_is_a_version_1_code_of_21_modules_plus_the_quiet_zone() throws Exception {
        var svg = parse(QrSvg.svg("HELLO WORLD", "QR code"));
        var root = svg.getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 29 29");
        // The top-left finder pattern starts right after the four-module quiet zone.
        assertThat(path(svg)).startsWith("M4,4h1v1h-1z M5,4h1v1h-1z");
    }

    @Test
    void every_dark_module_is_drawn_once_and_nothing_else() throws Exception {
        var qr = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        var svg = parse(QrSvg.svg(URI, "QR code"));

        assertThat(svg.getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 " + (qr.size + 8) + " " + (qr.size + 8));
        assertThat(Pattern.compile("M\\d+,\\d+h1v1h-1z").matcher(path(svg)).results().count()).isEqualTo(dark);
    }

    @Test
    void black_on_white_with_an_accessible_name() throws Exception {
        var svg = parse(QrSvg.svg(URI, "Scan with your authenticator app"));
        var root = svg.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Scan with your authenticator app");
        assertThat(svg.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Scan with your authenticator app");
        assertThat(((Element) svg.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(((Element) svg.getElementsByTagNameNS("*", "path").item(0)).getAttribute("fill")).isEqualTo("#000000");
    }

    @Test
    void the_label_cannot_break_out_of_the_markup() throws Exception {
        var label = "Ada's \"key\" <script>alert(1)</script> & more";
        var svg = parse(QrSvg.svg("x", label));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(label);
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    private static String path(Document svg) {
        return ((Element) svg.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
