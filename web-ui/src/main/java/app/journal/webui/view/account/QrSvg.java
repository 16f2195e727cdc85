package app.journal.webui.view.account;

import io.nayuki.qrcodegen.QrCode;
import java.util.Objects;

/**
 * A QR code drawn on the server as a standalone SVG (the key of an authenticator app during
 * enrolment): black modules on white, a quiet zone of {@value #BORDER} modules, {@code role="img"}
 * and an accessible name. Sized by its container (only a {@code viewBox}); no AWT, no script.
 */
public final class QrSvg {

    /** The quiet zone the QR specification asks for, in modules. */
    static final int BORDER = 4;

    private QrSvg() {}

    /**
     * @param text what the code holds (an {@code otpauth://} URI), encoded with medium error correction
     * @param label the accessible name, read out instead of the picture
     */
    public static String svg(String text, String label) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append(path.isEmpty() ? "" : " ")
                            .append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        var name = escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\""
                + " role=\"img\" aria-label=\"" + name + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + name + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/>"
                + "</svg>";
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.toString();
    }
}
