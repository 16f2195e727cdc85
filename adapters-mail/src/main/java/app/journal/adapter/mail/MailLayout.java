package app.journal.adapter.mail;

import app.journal.application.port.out.OutgoingMail;
import java.util.stream.Collectors;

/**
 * Lays an {@link OutgoingMail} out as plain text and HTML, the same way for every kind: paragraphs,
 * the one link (a button in HTML, with the address spelled out below it), more paragraphs.
 */
record MailLayout(String text, String html) {

    static MailLayout of(OutgoingMail mail) {
        String url = mail.link().toString();
        String text = String.join("\n\n", mail.before()) + "\n\n" + url + "\n\n" + String.join("\n\n", mail.after())
                + "\n";
        String u = escapeHtml(url);
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="UTF-8"><title>%1$s</title></head>
                <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328;">
                %2$s
                <p><a href="%3$s" style="display: inline-block; padding: 0.6em 1.2em; border-radius: 6px; \
                background: #1f6feb; color: #ffffff; text-decoration: none;">%4$s</a></p>
                <p>If the button does not work, copy this link into your browser:<br>
                <span style="word-break: break-all;">%3$s</span></p>
                %5$s
                </body>
                </html>
                """.formatted(escapeHtml(mail.subject()), paragraphs(mail.before().stream()), u,
                escapeHtml(mail.linkLabel()), paragraphs(mail.after().stream()));
        return new MailLayout(text, html);
    }

    private static String paragraphs(java.util.stream.Stream<String> paragraphs) {
        return paragraphs.map(p -> "<p>" + escapeHtml(p).replace("\n", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n"));
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    static String escapeHtml(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
