package org.lingong.common.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The catalogue: every kind of problem any service answers, one slug per refusal across the platform. The slug makes
 * the stable {@code type} URI clients switch on; the Chinese and English texts are {@code <slug>.title} and
 * {@code <slug>.detail} in {@code problems.properties} and {@code problems_en.properties} beside this class.
 * {@code docs/problems.md} is generated from it ({@code ProblemCatalogueTests}).
 */
public enum ProblemType {

    // Any request: framework errors, security, the platform's dependencies
    INVALID_REQUEST(HttpStatus.BAD_REQUEST),
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED),
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    CONTENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT),
    ALREADY_EXISTS(HttpStatus.CONFLICT),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT),
    IDENTITY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),

    // Tenants: resolving, scoping and onboarding a city
    INVALID_PATH(HttpStatus.BAD_REQUEST),
    TENANT_REQUIRED(HttpStatus.BAD_REQUEST),
    INVALID_TENANT(HttpStatus.BAD_REQUEST),
    TENANT_MISMATCH(HttpStatus.BAD_REQUEST),
    UNKNOWN_TENANT(HttpStatus.NOT_FOUND),
    TENANT_FORBIDDEN(HttpStatus.FORBIDDEN),
    TENANT_SUSPENDED(HttpStatus.LOCKED),
    REGISTRY_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    TENANT_EXISTS(HttpStatus.CONFLICT),
    UNKNOWN_PROVINCE(HttpStatus.BAD_REQUEST),
    ONBOARDING_NOT_FOUND(HttpStatus.NOT_FOUND),
    EXPORT_FAILED(HttpStatus.SERVICE_UNAVAILABLE),
    TENANT_STATUS_CONFLICT(HttpStatus.CONFLICT),
    ADMIN_USERNAME_TAKEN(HttpStatus.CONFLICT),
    ADMIN_EMAIL_TAKEN(HttpStatus.CONFLICT),

    // Nearby search and the search index
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST),
    MISSING_PARAMETER(HttpStatus.BAD_REQUEST),
    CONFLICTING_PARAMETERS(HttpStatus.BAD_REQUEST),
    UNKNOWN_CATEGORY(HttpStatus.BAD_REQUEST),
    SEARCH_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    JOB_REJECTED(HttpStatus.BAD_REQUEST),
    INCONSISTENT_JOB_EVENT(HttpStatus.BAD_REQUEST),
    INVALID_REINDEX_RUN(HttpStatus.BAD_REQUEST),

    // A city's logo
    LOGO_CONTENT_MISMATCH(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    LOGO_EMPTY(HttpStatus.BAD_REQUEST),
    LOGO_NOT_FOUND(HttpStatus.NOT_FOUND),
    LOGO_SVG_REFUSED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    LOGO_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    LOGO_UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

    // Contracts
    CONTRACT_TEMPLATE_PLACEHOLDER(HttpStatus.BAD_REQUEST),
    CONTRACT_NOT_FOUND(HttpStatus.NOT_FOUND),
    CONTRACT_NOT_SIGNER(HttpStatus.FORBIDDEN),
    CONTRACT_ORDER_ENDED(HttpStatus.CONFLICT),
    CONTRACT_HASH_MISMATCH(HttpStatus.CONFLICT),
    CONTRACT_ALREADY_SIGNED(HttpStatus.CONFLICT),
    CONTRACT_TAMPERED(HttpStatus.CONFLICT),
    CONTRACT_FONT_MISSING(HttpStatus.SERVICE_UNAVAILABLE),

    // Insurance
    INSURANCE_ORDER_CLOSED(HttpStatus.CONFLICT),
    INSURANCE_PERIOD_EXCLUDES_JOB(HttpStatus.BAD_REQUEST),
    INSURANCE_DUPLICATE(HttpStatus.CONFLICT),
    INSURANCE_DAY_PAST(HttpStatus.BAD_REQUEST),
    INSURANCE_REQUIRED(HttpStatus.CONFLICT),

    // Jobs and job import
    DUPLICATE_JOB(HttpStatus.CONFLICT),
    JOB_ALREADY_EXPIRED(HttpStatus.BAD_REQUEST),
    JOB_NOT_FOUND(HttpStatus.NOT_FOUND),
    JOB_TRANSITION(HttpStatus.CONFLICT),
    JOB_NOT_DRAFT(HttpStatus.CONFLICT),
    JOB_REASON_REQUIRED(HttpStatus.BAD_REQUEST),
    CATEGORY_EXISTS(HttpStatus.CONFLICT),
    PERIOD_REVERSED(HttpStatus.BAD_REQUEST),
    UNKNOWN_IMPORT_FORMAT(HttpStatus.BAD_REQUEST),
    MALFORMED_IMPORT_FILE(HttpStatus.BAD_REQUEST),
    IMPORT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    IMPORT_XLSX_BOMB(HttpStatus.CONTENT_TOO_LARGE),
    IMPORT_NOT_FOUND(HttpStatus.NOT_FOUND),
    EMPLOYER_SOURCE_CHANNEL(HttpStatus.BAD_REQUEST),
    ON_BEHALF_STAFF_ONLY(HttpStatus.FORBIDDEN),
    JOBS_QUERY_TOO_LONG(HttpStatus.BAD_REQUEST),

    // Maps
    UNKNOWN_COORDINATE_SYSTEM(HttpStatus.BAD_REQUEST),

    // Service network and regions
    REGION_INVALID(HttpStatus.BAD_REQUEST),
    REGION_EXISTS(HttpStatus.CONFLICT),
    REGION_NOT_FOUND(HttpStatus.NOT_FOUND),
    REGIONS_IMPORT_HEADER(HttpStatus.BAD_REQUEST),
    REGIONS_IMPORT_EMPTY(HttpStatus.BAD_REQUEST),
    REGIONS_IMPORT_REJECTED(HttpStatus.BAD_REQUEST),
    REGIONS_IMPORT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    REGIONS_IMPORT_ENCODING(HttpStatus.BAD_REQUEST),
    CARRIER_INVALID(HttpStatus.BAD_REQUEST),
    CARRIER_NOT_FOUND(HttpStatus.NOT_FOUND),
    CARRIER_REGION_UNKNOWN(HttpStatus.BAD_REQUEST),
    CARRIER_REGION_LEVEL(HttpStatus.BAD_REQUEST),
    CARRIER_NAME_MISMATCH(HttpStatus.BAD_REQUEST),
    MARKET_AREA_TOO_SMALL(HttpStatus.BAD_REQUEST),
    STANDARD_NAME_UNDEFINED(HttpStatus.BAD_REQUEST),
    DIRECTORY_FORMAT_UNKNOWN(HttpStatus.BAD_REQUEST),
    UNKNOWN_MARKET(HttpStatus.BAD_REQUEST),

    // Notifications
    NOTIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    NOTIFICATION_STREAMS_CITY_FULL(HttpStatus.TOO_MANY_REQUESTS),
    NOTIFICATION_STREAMS_BUSY(HttpStatus.SERVICE_UNAVAILABLE),

    // Orders: grab, check-in, dispatch
    WORKER_UNVERIFIED(HttpStatus.FORBIDDEN),
    JOB_FULL(HttpStatus.CONFLICT),
    JOB_EXPIRED(HttpStatus.GONE),
    JOB_NOT_OPEN(HttpStatus.CONFLICT),
    OWN_JOB(HttpStatus.CONFLICT),
    BLOCKED_BY_EMPLOYER(HttpStatus.FORBIDDEN),
    PRIORITY_GROUP_REQUIRED(HttpStatus.FORBIDDEN),
    ORDER_OVERLAP(HttpStatus.CONFLICT),
    ORDER_NOT_FOUND(HttpStatus.NOT_FOUND),
    ORDER_TRANSITION(HttpStatus.CONFLICT),
    CHECK_IN_WINDOW(HttpStatus.CONFLICT),
    LATE_CANCEL_NEEDS_CODE(HttpStatus.CONFLICT),
    CANCEL_REASON_REQUIRED(HttpStatus.BAD_REQUEST),
    NO_SHOW_TOO_EARLY(HttpStatus.CONFLICT),
    CHECK_IN_CODE_INVALID(HttpStatus.FORBIDDEN),
    CHECK_IN_PLACE_REQUIRED(HttpStatus.BAD_REQUEST),
    CHECK_IN_TOO_FAR(HttpStatus.CONFLICT),
    CHECK_IN_WORKER_REQUIRED(HttpStatus.BAD_REQUEST),
    WORKER_NOT_WAITING(HttpStatus.CONFLICT),

    // Workers and employers
    WORKER_NOT_FOUND(HttpStatus.NOT_FOUND),
    PRIORITY_CERTIFICATE_NOT_FOUND(HttpStatus.NOT_FOUND),
    PRIORITY_CERTIFICATE_VALIDITY(HttpStatus.BAD_REQUEST),
    EMPLOYER_NOT_FOUND(HttpStatus.NOT_FOUND),
    ID_NUMBER_LOCKED(HttpStatus.CONFLICT),
    TOO_MANY_LOOKUPS(HttpStatus.TOO_MANY_REQUESTS),
    PERSONAL_DATA_UNREADABLE(HttpStatus.INTERNAL_SERVER_ERROR),
    WORKER_NUMBER_MISSING(HttpStatus.CONFLICT),
    VERIFICATION_NOTE_REQUIRED(HttpStatus.BAD_REQUEST),
    CREDIT_CODE_TAKEN(HttpStatus.CONFLICT),
    EMPLOYER_UNVERIFIED(HttpStatus.FORBIDDEN),
    EMPLOYER_NOT_PENDING(HttpStatus.CONFLICT),
    LICENCE_EMPTY(HttpStatus.BAD_REQUEST),
    LICENCE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    LICENCE_UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    LICENCE_NOT_FOUND(HttpStatus.NOT_FOUND),
    EMPLOYER_PROFILE_REQUIRED(HttpStatus.CONFLICT),
    EMPLOYER_ADDRESS_NOT_FOUND(HttpStatus.NOT_FOUND),
    EMPLOYER_ADDRESSES_FULL(HttpStatus.CONFLICT),
    EMPLOYERS_QUERY_TOO_LONG(HttpStatus.BAD_REQUEST),
    IDENTITY_REASON_REQUIRED(HttpStatus.BAD_REQUEST),

    // Markets near a person
    MARKET_NOT_FOUND(HttpStatus.NOT_FOUND),

    // Settlement and wage arrears
    PAYMENT_ORDER_NOT_COMPLETED(HttpStatus.CONFLICT),
    PAYMENT_AWAITING_WORKER(HttpStatus.CONFLICT),
    PAYMENT_IN_FUTURE(HttpStatus.BAD_REQUEST),
    PAYMENT_BEFORE_ORDER(HttpStatus.BAD_REQUEST),
    PAYMENT_AMOUNT_IMPLAUSIBLE(HttpStatus.BAD_REQUEST),
    PAYMENT_DUPLICATE_REFERENCE(HttpStatus.CONFLICT),
    PAYMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    PAYMENT_ANSWERED(HttpStatus.CONFLICT),
    ARREARS_ORDER_NOT_COMPLETED(HttpStatus.CONFLICT),
    ARREARS_PAYMENT_AWAITING_ANSWER(HttpStatus.CONFLICT),
    ARREARS_TOO_EARLY(HttpStatus.CONFLICT),
    ARREARS_ALREADY_OPEN(HttpStatus.CONFLICT),
    ARREARS_NOT_FOUND(HttpStatus.NOT_FOUND),
    ARREARS_RESOLVED(HttpStatus.CONFLICT),

    // Ratings
    RATING_PARTY_ONLY(HttpStatus.FORBIDDEN),
    RATING_ORDER_NOT_DONE(HttpStatus.CONFLICT),
    RATING_NO_EMPLOYER(HttpStatus.CONFLICT),
    RATING_WINDOW_CLOSED(HttpStatus.CONFLICT),
    RATING_EXISTS(HttpStatus.CONFLICT),
    RATING_TAG_UNKNOWN(HttpStatus.BAD_REQUEST),

    // Staff accounts
    STAFF_ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND),
    STAFF_USERNAME_TAKEN(HttpStatus.CONFLICT),
    STAFF_EMAIL_TAKEN(HttpStatus.CONFLICT),
    PASSWORD_POLICY(HttpStatus.BAD_REQUEST),

    // SMS verification codes
    SMS_REFUSED(HttpStatus.UNPROCESSABLE_CONTENT),
    SMS_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    SMS_TOO_MANY_CODES(HttpStatus.TOO_MANY_REQUESTS),
    SMS_DEV_ONLY(HttpStatus.BAD_REQUEST),

    // People's national accounts: opened at a station desk, closed on request
    DESK_CODE_INVALID(HttpStatus.BAD_REQUEST),
    DESK_CONSENT_REQUIRED(HttpStatus.BAD_REQUEST),
    DESK_ID_NUMBER_REQUIRED(HttpStatus.BAD_REQUEST),
    ACCOUNT_NOT_OPENABLE(HttpStatus.CONFLICT),
    ACCOUNT_HAS_OPEN_ORDERS(HttpStatus.CONFLICT),
    ACCOUNT_HOLDS_EMPLOYER(HttpStatus.CONFLICT),
    ACCOUNT_OF_STAFF(HttpStatus.CONFLICT),

    // Screening of postings
    POSTING_BLOCKED(HttpStatus.UNPROCESSABLE_CONTENT),
    SCREENING_RULE_INVALID(HttpStatus.BAD_REQUEST),
    SCREENING_RULE_EXISTS(HttpStatus.CONFLICT),
    SCREENING_RULE_NOT_FOUND(HttpStatus.NOT_FOUND),
    REVIEW_NOT_FOUND(HttpStatus.NOT_FOUND);

    /** Where every type URI starts. */
    public static final String TYPE_BASE = "https://lingong.org.cn/problems/";

    private final HttpStatus status;

    ProblemType(HttpStatus status) {
        this.status = status;
    }

    /** The status this problem is answered with (a framework error may keep its own, see {@link Problems#translate}). */
    public HttpStatus status() {
        return status;
    }

    /** The stable part of the type URI, e.g. {@code job-full}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public URI uri() {
        return URI.create(TYPE_BASE + slug());
    }
}
