package org.lingong.core.blacklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.audit.AuditLog;
import org.lingong.core.people.AgencyKeys;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's list: proposals from its cities, the province's review, additions and removals, the reads of its
 * cities and the checks anyone makes. Every query names the province, so one province never reaches another's
 * entries; which province a caller may act for is decided by the controllers.
 */
@Service
class AgencyBlacklist {

    /** Checks by phone per caller per city in {@link #CHECK_WINDOW}: enough for a desk, too few to unmask a phone. */
    static final int CHECK_LIMIT = 20;
    static final Duration CHECK_WINDOW = Duration.ofHours(24);
    static final String CHECK = "agency-listing.checked-phone";
    static final String PHONE = "agency_listing.phone";
    /** Lists are read whole by the province's desk and its cities; a province lists hundreds, not millions. */
    static final int PAGE = 1000;

    private static final Logger log = LoggerFactory.getLogger(AgencyBlacklist.class);
    /** Every read names the proposing city as people know it, not by its code alone. */
    private static final String SELECT = "select l.id, l.number, l.province_code, l.name, l.credit_code, "
            + "l.phone_masked, l.grounds, l.status, l.proposed_by_city, t.name_zh as city_name, l.proposed_at, "
            + "l.reviewed_at, l.review_note, l.removed_at, l.removal_note from platform.agency_listing l "
            + "left join platform.tenant t on t.code = l.proposed_by_city ";

    /** An entry as it is typed: a credit code or a phone (or both) is required. */
    record Entry(String name, String creditCode, String phone, String grounds) {
    }

    private final JdbcClient jdbc;
    private final AgencyKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    AgencyBlacklist(JdbcClient jdbc, AgencyKeys keys, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** A city admin's proposal, for the province to review; in the city's audit trail. */
    @Transactional
    ListingDetails propose(TenantCode city, String province, Entry entry, String actor) {
        ListingDetails proposed = insert(province, entry, ListingStatus.PROPOSED, city.value(), actor);
        audit.record("agency-listing.proposed", proposed.id().toString(), "province " + province + " #" + proposed.number());
        return proposed;
    }

    /** An entry the province lists itself, in force at once. */
    @Transactional
    ListingDetails add(String province, Entry entry, String actor) {
        ListingDetails added = insert(province, entry, ListingStatus.LISTED, null, actor);
        log.info("blacklist: {} listed #{} in province {}", actor, added.number(), province);
        return added;
    }

    /** The province lists a city's proposal or rejects it, with a note the city reads. */
    @Transactional
    ListingDetails review(String province, UUID id, boolean list, String note, String actor) {
        ListingStatus to = list ? ListingStatus.LISTED : ListingStatus.REJECTED;
        int moved = jdbc.sql("update platform.agency_listing set status = ?, reviewed_by = ?, reviewed_at = ?, "
                        + "review_note = ? where id = ? and province_code = ? and status = 'PROPOSED'")
                .params(to.name(), actor, Timestamp.from(clock.instant()), note.strip(), id, province).update();
        return moved(province, id, moved, ProblemType.LISTING_NOT_PENDING, "agency-listing." + to.name().toLowerCase());
    }

    /** The province takes a listed entry off the list (a court overturned it, the agency was licensed, …). */
    @Transactional
    ListingDetails remove(String province, UUID id, String note, String actor) {
        int moved = jdbc.sql("update platform.agency_listing set status = 'REMOVED', removed_by = ?, removed_at = ?, "
                        + "removal_note = ? where id = ? and province_code = ? and status = 'LISTED'")
                .params(actor, Timestamp.from(clock.instant()), note.strip(), id, province).update();
        return moved(province, id, moved, ProblemType.LISTING_NOT_LISTED, "agency-listing.removed");
    }

    /** The province's whole list, or the entries in one status, newest first. */
    @Transactional(readOnly = true)
    List<ListingDetails> ofProvince(String province, Optional<ListingStatus> status) {
        return jdbc.sql(SELECT + "where l.province_code = ? and (?::text is null or l.status = ?) "
                        + "order by l.proposed_at desc limit " + PAGE)
                .params(province, status.map(Enum::name).orElse(null), status.map(Enum::name).orElse(null))
                .query(AgencyBlacklist::details).list();
    }

    /** What a city's staff read: the province's listed entries and the city's own proposals, whatever became of them. */
    @Transactional(readOnly = true)
    List<ListingDetails> forCity(TenantCode city, String province) {
        return jdbc.sql(SELECT + "where l.province_code = ? and (l.status = 'LISTED' or l.proposed_by_city = ?) "
                        + "order by l.proposed_at desc limit " + PAGE)
                .params(province, city.value()).query(AgencyBlacklist::details).list();
    }

    /**
     * The listed entries with this credit code or phone. A check by phone is audited, hit or miss, and limited per
     * caller, so that staff who see masked phones cannot try the hidden digits one by one.
     */
    @Transactional(noRollbackFor = ProblemException.class)
    List<ListingDetails> check(String province, Optional<String> creditCode, Optional<String> phone) {
        if (creditCode.isEmpty() && phone.isEmpty()) {
            throw new ProblemException(ProblemType.LISTING_IDENTIFIER_REQUIRED);
        }
        String code = creditCode.map(typed -> keys.creditCode(typed, "creditCode")).orElse(null);
        String phoneIndex = phone.map(typed -> keys.phone(typed, "phone")).orElse(null);
        if (phoneIndex != null && audit.countByCaller(CHECK, clock.instant().minus(CHECK_WINDOW)) >= CHECK_LIMIT) {
            throw new ProblemException(ProblemType.TOO_MANY_CHECKS, CHECK_LIMIT, CHECK_WINDOW.toHours());
        }
        List<ListingDetails> found = jdbc.sql(SELECT + "where l.province_code = ? and l.status = 'LISTED' "
                        + "and (l.credit_code = ? or l.contact_phone_index = ?) order by l.number")
                .params(province, code, phoneIndex).query(AgencyBlacklist::details).list();
        if (phoneIndex != null) {
            audit.record(CHECK, found.isEmpty() ? "-" : found.getFirst().id().toString(),
                    found.isEmpty() ? "none" : "listed");
        }
        return found;
    }

    /** The listed entry of the province with this credit code or this keyed hash of a contact phone. */
    @Transactional(readOnly = true)
    Optional<ListingDetails> matching(String province, String creditCode, String contactPhoneIndex) {
        return jdbc.sql(SELECT + "where l.province_code = ? and l.status = 'LISTED' "
                        + "and (l.credit_code = ? or l.contact_phone_index = ?) order by l.number limit 1")
                .params(province, creditCode, contactPhoneIndex).query(AgencyBlacklist::details).optional();
    }

    private ListingDetails insert(String province, Entry entry, ListingStatus status, String city, String actor) {
        if (entry.creditCode() == null && entry.phone() == null) {
            throw new ProblemException(ProblemType.LISTING_IDENTIFIER_REQUIRED);
        }
        UUID id = UUID.randomUUID();
        String code = entry.creditCode() == null ? null : keys.creditCode(entry.creditCode(), "creditCode");
        AgencyKeys.Phone phone = entry.phone() == null ? null : keys.seal(entry.phone(), "phone", PHONE, id);
        // Numbers run per province without gaps; concurrent proposals of one province take turns.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('agency_listing:' || ?))").param(province)
                .query(Object.class).single();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into platform.agency_listing (id, province_code, number, name, credit_code, phone_sealed,
                            phone_masked, contact_phone_index, pii_key, grounds, status, proposed_by_city, proposed_by,
                            proposed_at, reviewed_by, reviewed_at)
                        values (?, ?, (select coalesce(max(number), 0) + 1 from platform.agency_listing
                                       where province_code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, province, province, entry.name().strip(), code,
                        phone == null ? null : phone.sealed(), phone == null ? null : phone.masked(),
                        phone == null ? null : phone.contactPhoneIndex(), phone == null ? null : phone.keyId(),
                        entry.grounds().strip(), status.name(), city, actor, Timestamp.from(now),
                        status == ListingStatus.LISTED ? actor : null,
                        status == ListingStatus.LISTED ? Timestamp.from(now) : null)
                .update();
        return one(province, id).orElseThrow();
    }

    /** After a guarded update: the entry, or why nothing moved — not the province's, or not in the right status. */
    private ListingDetails moved(String province, UUID id, int updated, ProblemType wrongStatus, String action) {
        ListingDetails entry = one(province, id).orElseThrow(() -> new ProblemException(ProblemType.LISTING_NOT_FOUND));
        if (updated == 0) {
            throw new ProblemException(wrongStatus);
        }
        // A proposal's fate goes into the proposing city's trail too; the entry keeps who decided.
        if (entry.proposedByCity() != null) {
            TenantContext.run(TenantCode.require(entry.proposedByCity()),
                    () -> audit.record(action, id.toString(), "province " + province + " #" + entry.number()));
        }
        return entry;
    }

    private Optional<ListingDetails> one(String province, UUID id) {
        return jdbc.sql(SELECT + "where l.id = ? and l.province_code = ?")
                .params(id, province).query(AgencyBlacklist::details).optional();
    }

    private static ListingDetails details(ResultSet rs, int row) throws SQLException {
        return new ListingDetails(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("province_code"),
                rs.getString("name"), rs.getString("credit_code"), rs.getString("phone_masked"),
                rs.getString("grounds"), ListingStatus.valueOf(rs.getString("status")),
                rs.getString("proposed_by_city"), rs.getString("city_name"), instant(rs, "proposed_at"), instant(rs, "reviewed_at"),
                rs.getString("review_note"), instant(rs, "removed_at"), rs.getString("removal_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
