package app.journal.application.port.journal;

import java.util.List;

/**
 * Plain text and the ranges of it that matched the search ({@code [start, end)} in UTF-16 code units, so a
 * client slices the string it was given). The text is never HTML: a client marks the ranges itself.
 */
public record Highlighted(String text, List<Range> highlights) {

    public Highlighted {
        highlights = List.copyOf(highlights);
    }

    public record Range(int start, int end) {}

    /** Reads text marked with {@code open}/{@code close} characters into plain text and ranges. */
    public static Highlighted fromMarked(String marked, char open, char close) {
        var text = new StringBuilder(marked.length());
        var ranges = new java.util.ArrayList<Range>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == open) {
                start = text.length();
            } else if (c == close) {
                if (start >= 0 && text.length() > start) {
                    ranges.add(new Range(start, text.length()));
                }
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new Highlighted(text.toString(), ranges);
    }
}
