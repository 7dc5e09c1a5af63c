package org.lingong.admin.orders;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.nearby.NearbyJobs;

/**
 * One order's moves, contract and payments in one city, as the signed-in worker or employer calls them through the
 * gateway. A refusal is the API's {@link org.lingong.admin.api.ApiProblem}, for the page to show.
 */
public final class OrderApi implements Serializable {

    private static final String ORDER = "/t/{city}/api/v1/orders/{id}";

    /** The job an order is for, as far as a page shows it: title, wage, place, and why it came down if it did. */
    public record Job(UUID id, String title, NearbyJobs.Wage wage, String address, String status,
                      String statusReason) implements Serializable {
    }

    /** The contract as its parties see it; {@code documentHash} is what a signer confirms it was shown. */
    public record Contract(String contractNumber, String title, String body, String documentHash, String status,
                           List<Signature> signatures) implements Serializable {

        public Contract {
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
        }

        boolean signedBy(Side side) {
            return signatures.stream().anyMatch(signature -> signature.role().equals(side.name()));
        }
    }

    public record Signature(String role, Instant signedAt) implements Serializable {
    }

    /** How a wage was paid; every method but cash leaves a reference. */
    public enum Method { WECHAT, ALIPAY, BANK_TRANSFER, CASH, PLATFORM }

    /** {@code comparedToAgreed}: BELOW_AGREED, AS_AGREED, ABOVE_AGREED or NOT_COUNTABLE. */
    public record Payment(UUID id, long amountFen, Long agreedFen, String comparedToAgreed, Method method,
                          Instant paidAt, String reference, String status, Instant answeredAt) implements Serializable {
    }

    record CancelRequest(String reasonCode, String reason) {
    }

    /** Where the worker is (when the browser tells), and the employer's rotating code if typed. */
    record CheckInRequest(Double latitude, Double longitude, String code) {
    }

    /** The job's check-in code now, and when the next replaces it. */
    record CheckInCode(String code, Instant rotatesAt) {
    }

    record PaymentRequest(long amountFen, Method method, Instant paidAt, String reference) {
    }

    record Dispute(String reason, long amountOwedFen) {
    }

    private record SignRequest(String documentHash) {
    }

    /** One side's rating of the other: {@code by} is WORKER or EMPLOYER; the comment is already masked. */
    public record Rating(String by, int stars, List<String> tags, String comment, Instant createdAt)
            implements Serializable {

        public Rating {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A person's ratings from the other side: average stars (null before any) and how many. */
    public record Standing(BigDecimal average, long count) implements Serializable {
    }

    /**
     * An order's ratings and both parties' standing ({@code employer} null for a job without an employer account);
     * whether the caller may rate now, and the tags they may choose.
     */
    public record Ratings(List<Rating> ratings, Standing worker, Standing employer, boolean mayRate,
                          List<String> tags) implements Serializable {

        public Ratings {
            ratings = ratings == null ? List.of() : List.copyOf(ratings);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    record RatingRequest(Integer stars, List<String> tags, String comment) {
    }

    private final transient PlatformApi api;
    private final String city;

    public OrderApi(PlatformApi api, String city) {
        this.api = api;
        this.city = city;
    }

    /** The city the orders are in. */
    public String city() {
        return city;
    }

    public Job job(UUID id) {
        return api.get(Job.class, "/t/{city}/api/v1/jobs/{id}", city, id);
    }

    /** The job of one of the caller's orders, in whatever state: a job taken down still says why. */
    public Job jobOf(UUID order) {
        return api.get(Job.class, "/t/{city}/api/v1/orders/{id}/job", city, order);
    }

    Order confirm(UUID order) {
        return move(order, "confirm", null);
    }

    Order cancel(UUID order, String reasonCode, String reason) {
        return move(order, "cancel", new CancelRequest(reasonCode, reason));
    }

    Order checkIn(UUID order, CheckInRequest at) {
        return move(order, "check-in", at);
    }

    CheckInCode checkInCode(UUID order) {
        return api.get(CheckInCode.class, ORDER + "/check-in-code", city, order);
    }

    Order complete(UUID order) {
        return move(order, "complete", null);
    }

    Order noShow(UUID order) {
        return move(order, "no-show", null);
    }

    Contract contract(UUID order) {
        return api.get(Contract.class, ORDER + "/contract", city, order);
    }

    /** Signs the text the signer was shown: the API refuses if it has changed since. */
    Contract sign(UUID order, Contract shown) {
        return api.post(Contract.class, new SignRequest(shown.documentHash()), ORDER + "/contract/sign", city, order);
    }

    List<Payment> payments(UUID order) {
        return List.of(api.get(Payment[].class, ORDER + "/payments", city, order));
    }

    Payment record(UUID order, PaymentRequest payment) {
        return api.post(Payment.class, payment, ORDER + "/payments", city, order);
    }

    Payment confirmPayment(UUID order, UUID payment) {
        return api.post(Payment.class, null, ORDER + "/payments/{payment}/confirm", city, order, payment);
    }

    void dispute(UUID order, UUID payment, Dispute dispute) {
        api.post(Void.class, dispute, ORDER + "/payments/{payment}/dispute", city, order, payment);
    }

    Ratings ratings(UUID order) {
        return api.get(Ratings.class, ORDER + "/ratings", city, order);
    }

    void rate(UUID order, RatingRequest rating) {
        api.post(Void.class, rating, ORDER + "/ratings", city, order);
    }

    private Order move(UUID order, String step, Object body) {
        return api.post(Order.class, body, ORDER + "/" + step, city, order);
    }
}
