package app.journal.adapter.rest.admin;

import app.journal.application.port.out.AdminAudit;
import org.jspecify.annotations.Nullable;

/**
 * The audit log as CSV (RFC 4180), safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab
 * or a carriage return gets a leading {@code '} so it is never read as a formula (OWASP "CSV injection").
 */
final class AuditCsv {

    static final String HEADER = "id,at,actorEmail,action,targetEmail,reason,clientIp\r\n";

    private AuditCsv() {}

    static String row(AdminAudit.Entry e) {
        return String.join(",", cell(e.id().toString()), cell(e.at().toString()), cell(e.actorEmail()),
                cell(e.action()), cell(e.targetEmail()), cell(e.reason()), cell(e.clientIp())) + "\r\n";
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        var safe = switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
