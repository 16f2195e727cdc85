package app.journal.application.port.journal;

import app.journal.domain.entry.SearchLanguage;

/** An account's search language, and whether its person chose it (false: simple, never set). */
public record SearchLanguageSetting(SearchLanguage language, boolean chosen) {}
