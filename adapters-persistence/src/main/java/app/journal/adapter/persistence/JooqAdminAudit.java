package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.ADMIN_AUDIT;

import app.journal.adapter.persistence.jooq.tables.records.AdminAuditRecord;
import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.AdminAudit;
import app.journal.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@code admin_audit}: inserts and reads only (the table's trigger refuses the rest). */
public final class JooqAdminAudit implements AdminAudit {

    private static final int FETCH_SIZE = 500;

    private final DSLContext dsl;

    public JooqAdminAudit(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(Entry entry) {
        dsl.insertInto(ADMIN_AUDIT)
                .set(ADMIN_AUDIT.ID, entry.id())
                .set(ADMIN_AUDIT.AT, toDb(entry.at()))
                .set(ADMIN_AUDIT.ACTOR_USER_ID, entry.actorId() == null ? null : entry.actorId().value())
                .set(ADMIN_AUDIT.ACTOR_EMAIL, cut(entry.actorEmail(), 254))
                .set(ADMIN_AUDIT.ACTION, entry.action())
                .set(ADMIN_AUDIT.TARGET_USER_ID, entry.targetId() == null ? null : entry.targetId().value())
                .set(ADMIN_AUDIT.TARGET_EMAIL, cut(entry.targetEmail(), 254))
                .set(ADMIN_AUDIT.REASON, cut(entry.reason(), 500))
                .set(ADMIN_AUDIT.CLIENT_IP, cut(entry.clientIp(), 64))
                .set(ADMIN_AUDIT.USER_AGENT, cut(entry.userAgent(), 512))
                .execute();
    }

    @Override
    public Page<Entry> search(Filter filter, PageRequest request) {
        var where = where(filter);
        long total = dsl.fetchCount(ADMIN_AUDIT, where);
        var rows = dsl.selectFrom(ADMIN_AUDIT).where(where).orderBy(ADMIN_AUDIT.AT.desc(), ADMIN_AUDIT.ID.desc())
                .limit(request.size()).offset(request.offset()).fetch().map(JooqAdminAudit::toEntry);
        return new Page<>(List.copyOf(rows), request.page(), request.size(), total);
    }

    @Override
    public Optional<Entry> latest(UserId target, String action) {
        return dsl.selectFrom(ADMIN_AUDIT)
                .where(ADMIN_AUDIT.TARGET_USER_ID.eq(target.value()).and(ADMIN_AUDIT.ACTION.eq(action)))
                .orderBy(ADMIN_AUDIT.AT.desc(), ADMIN_AUDIT.ID.desc()).limit(1).fetchOptional()
                .map(JooqAdminAudit::toEntry);
    }

    @Override
    public void forEach(Filter filter, Consumer<Entry> sink) {
        try (var cursor = dsl.selectFrom(ADMIN_AUDIT).where(where(filter))
                .orderBy(ADMIN_AUDIT.AT.desc(), ADMIN_AUDIT.ID.desc()).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (var row : cursor) {
                sink.accept(toEntry(row));
            }
        }
    }

    private static Condition where(Filter filter) {
        var conditions = new ArrayList<Condition>();
        if (filter.actor() != null) {
            conditions.add(ADMIN_AUDIT.ACTOR_EMAIL.eq(filter.actor()));
        }
        if (filter.target() != null) {
            conditions.add(ADMIN_AUDIT.TARGET_EMAIL.eq(filter.target()));
        }
        if (filter.action() != null) {
            conditions.add(ADMIN_AUDIT.ACTION.eq(filter.action()));
        }
        if (filter.from() != null) {
            conditions.add(ADMIN_AUDIT.AT.ge(toDb(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(ADMIN_AUDIT.AT.lt(toDb(filter.to())));
        }
        return DSL.and(conditions);
    }

    private static Entry toEntry(AdminAuditRecord r) {
        return new Entry(r.getId(), fromDb(r.getAt()), r.getActorUserId() == null ? null : new UserId(r.getActorUserId()),
                r.getActorEmail(), r.getAction(), r.getTargetUserId() == null ? null : new UserId(r.getTargetUserId()),
                r.getTargetEmail(), r.getReason(), r.getClientIp(), r.getUserAgent());
    }

    private static @org.jspecify.annotations.Nullable String cut(@org.jspecify.annotations.Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
