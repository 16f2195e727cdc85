package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.ACCOUNT_ACTIVITY;

import app.journal.adapter.persistence.jooq.tables.records.AccountActivityRecord;
import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.SecurityActivity;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityId;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Security activity in {@code account_activity}. Appends are plain INSERTs; a refused sign-in is one
 * {@code INSERT ... ON CONFLICT (user_id, kind, window_start) DO UPDATE SET count = count + 1}, so an
 * account gets at most one such row per window however many attempts arrive, on however many nodes.
 * Runs on the DSLContext it is given, which joins the caller's transaction.
 */
public final class JooqSecurityActivity implements SecurityActivity {

    private static final int MAX_DEVICE = 200;
    private static final int MAX_IP = 64;

    private final DSLContext dsl;

    public JooqSecurityActivity(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AccountActivity activity) {
        dsl.insertInto(ACCOUNT_ACTIVITY)
                .set(ACCOUNT_ACTIVITY.ID, activity.id().value())
                .set(ACCOUNT_ACTIVITY.USER_ID, activity.userId().value())
                .set(ACCOUNT_ACTIVITY.AT, toDb(activity.at()))
                .set(ACCOUNT_ACTIVITY.KIND, activity.kind().code())
                .set(ACCOUNT_ACTIVITY.DEVICE, cap(activity.device(), MAX_DEVICE))
                .set(ACCOUNT_ACTIVITY.CLIENT_IP, cap(activity.clientIp(), MAX_IP))
                .set(ACCOUNT_ACTIVITY.SESSION_ID, activity.sessionId() == null ? null : activity.sessionId().value())
                .set(ACCOUNT_ACTIVITY.COUNT, activity.count())
                .set(ACCOUNT_ACTIVITY.NEW_DEVICE, activity.newDevice())
                .execute();
    }

    @Override
    public void countRefusedSignIn(UserId userId, Instant windowStart, Instant at, String device,
            @Nullable String clientIp) {
        dsl.insertInto(ACCOUNT_ACTIVITY)
                .set(ACCOUNT_ACTIVITY.ID, UUID.randomUUID())
                .set(ACCOUNT_ACTIVITY.USER_ID, userId.value())
                .set(ACCOUNT_ACTIVITY.AT, toDb(at))
                .set(ACCOUNT_ACTIVITY.KIND, ActivityKind.SIGN_IN_REFUSED.code())
                .set(ACCOUNT_ACTIVITY.DEVICE, cap(device, MAX_DEVICE))
                .set(ACCOUNT_ACTIVITY.CLIENT_IP, cap(clientIp, MAX_IP))
                .set(ACCOUNT_ACTIVITY.WINDOW_START, toDb(windowStart))
                .set(ACCOUNT_ACTIVITY.COUNT, 1)
                .set(ACCOUNT_ACTIVITY.NEW_DEVICE, false)
                .onConflict(ACCOUNT_ACTIVITY.USER_ID, ACCOUNT_ACTIVITY.KIND, ACCOUNT_ACTIVITY.WINDOW_START)
                .doUpdate()
                .set(ACCOUNT_ACTIVITY.COUNT, ACCOUNT_ACTIVITY.COUNT.plus(1))
                .set(ACCOUNT_ACTIVITY.AT, DSL.excluded(ACCOUNT_ACTIVITY.AT))
                .set(ACCOUNT_ACTIVITY.DEVICE, DSL.excluded(ACCOUNT_ACTIVITY.DEVICE))
                .set(ACCOUNT_ACTIVITY.CLIENT_IP, DSL.excluded(ACCOUNT_ACTIVITY.CLIENT_IP))
                .execute();
    }

    @Override
    public SignInHistory signInHistory(UserId userId, String device) {
        var signedIn = ACCOUNT_ACTIVITY.USER_ID.eq(userId.value())
                .and(ACCOUNT_ACTIVITY.KIND.eq(ActivityKind.SIGNED_IN.code()));
        var row = dsl.select(
                        DSL.field(DSL.exists(DSL.selectOne().from(ACCOUNT_ACTIVITY).where(signedIn))),
                        DSL.field(DSL.exists(DSL.selectOne().from(ACCOUNT_ACTIVITY)
                                .where(signedIn, ACCOUNT_ACTIVITY.DEVICE.eq(cap(device, MAX_DEVICE))))))
                .fetchSingle();
        if (!Boolean.TRUE.equals(row.value1())) {
            return SignInHistory.FIRST_SIGN_IN;
        }
        return Boolean.TRUE.equals(row.value2()) ? SignInHistory.KNOWN_DEVICE : SignInHistory.NEW_DEVICE;
    }

    @Override
    public Page<AccountActivity> page(UserId userId, Instant since, PageRequest request) {
        var mine = ACCOUNT_ACTIVITY.USER_ID.eq(userId.value()).and(ACCOUNT_ACTIVITY.AT.ge(toDb(since)));
        var items = dsl.selectFrom(ACCOUNT_ACTIVITY)
                .where(mine)
                .orderBy(ACCOUNT_ACTIVITY.AT.desc(), ACCOUNT_ACTIVITY.ID.desc())
                .limit(request.size())
                .offset(request.offset())
                .fetch(JooqSecurityActivity::toDomain);
        long total = dsl.fetchCount(ACCOUNT_ACTIVITY, mine);
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return dsl.deleteFrom(ACCOUNT_ACTIVITY).where(ACCOUNT_ACTIVITY.AT.lt(toDb(cutoff))).execute();
    }

    private static AccountActivity toDomain(AccountActivityRecord row) {
        UUID session = row.getSessionId();
        return new AccountActivity(
                new ActivityId(row.getId()),
                new UserId(row.getUserId()),
                fromDb(row.getAt()),
                ActivityKind.fromCode(row.getKind()),
                row.getDevice(),
                row.getClientIp(),
                session == null ? null : new SessionId(session),
                row.getCount(),
                row.getNewDevice());
    }

    private static @Nullable String cap(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
