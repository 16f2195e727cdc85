package app.journal.adapter.mail;

import java.net.URI;

/** Subject and both bodies of the "confirm your email" mail, ready to send or to print. */
record VerificationMailContent(String subject, String text, String html) {

    static VerificationMailContent of(MailSettings settings, URI link) {
        String product = settings.productName();
        String url = link.toString();
        String subject = "Confirm your email for " + product;
        String text = """
                Hello,

                Thanks for signing up for %1$s. Please confirm your email address by opening this link:

                %2$s

                This link expires soon. If it has expired, you can ask %1$s for a new one.

                If you did not sign up, ignore this mail.

                %1$s
                """.formatted(product, url);
        String p = escapeHtml(product);
        String u = escapeHtml(url);
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="UTF-8"><title>%3$s</title></head>
                <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328;">
                <p>Hello,</p>
                <p>Thanks for signing up for %1$s. Please confirm your email address:</p>
                <p><a href="%2$s" style="display: inline-block; padding: 0.6em 1.2em; border-radius: 6px; \
                background: #1f6feb; color: #ffffff; text-decoration: none;">Confirm my email</a></p>
                <p>If the button does not work, copy this link into your browser:<br>
                <span style="word-break: break-all;">%2$s</span></p>
                <p>This link expires soon. If it has expired, you can ask %1$s for a new one.</p>
                <p>If you did not sign up, ignore this mail.</p>
                <p>%1$s</p>
                </body>
                </html>
                """.formatted(p, u, escapeHtml(subject));
        return new VerificationMailContent(subject, text, html);
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
