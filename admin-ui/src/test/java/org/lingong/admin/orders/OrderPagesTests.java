package org.lingong.admin.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.lingong.admin.orders.Order.Status;

class OrderPagesTests {

    @Test
    void theWorkerConfirmsADispatchSignsChecksInAndAnswersThePayment() {
        assertThat(Side.WORKER.actions(Status.DISPATCHED)).containsExactly(Action.CONFIRM, Action.CANCEL);
        assertThat(Side.WORKER.actions(Status.GRABBED)).containsExactly(Action.CANCEL);
        assertThat(Side.WORKER.actions(Status.CONFIRMED)).containsExactly(Action.CONTRACT, Action.CHECK_IN,
                Action.CANCEL);
        assertThat(Side.WORKER.actions(Status.CHECKED_IN)).isEmpty();
        assertThat(Side.WORKER.actions(Status.COMPLETED)).containsExactly(Action.ANSWER_PAYMENT);
        assertThat(Side.WORKER.waiting(Status.GRABBED)).isTrue();
        assertThat(Side.WORKER.waiting(Status.CHECKED_IN)).isTrue();
        assertThat(Side.WORKER.waiting(Status.CONFIRMED)).isFalse();
    }

    @Test
    void theEmployerConfirmsOrDeclinesAGrabSignsCompletesAndPays() {
        assertThat(Side.EMPLOYER.actions(Status.GRABBED)).containsExactly(Action.CONFIRM, Action.CANCEL);
        assertThat(Side.EMPLOYER.actions(Status.DISPATCHED)).containsExactly(Action.CANCEL);
        assertThat(Side.EMPLOYER.actions(Status.CONFIRMED)).containsExactly(Action.CONTRACT,
                Action.SHOW_CHECK_IN_CODE, Action.NO_SHOW,
                Action.CANCEL);
        assertThat(Side.EMPLOYER.actions(Status.CHECKED_IN)).containsExactly(Action.COMPLETE);
        assertThat(Side.EMPLOYER.actions(Status.COMPLETED)).containsExactly(Action.RECORD_PAYMENT);
        assertThat(Side.EMPLOYER.waiting(Status.DISPATCHED)).isTrue();
    }

    @Test
    void nobodyActsOnAnOrderThatIsOver() {
        for (Side side : Side.values()) {
            for (Status over : new Status[] {Status.SETTLED, Status.CANCELLED, Status.NO_SHOW}) {
                assertThat(side.actions(over)).as(side + " " + over).isEmpty();
                assertThat(side.waiting(over)).isFalse();
            }
        }
    }

    @Test
    void onlyOneSideActsAtATime() {
        for (Status status : Status.values()) {
            boolean workerActs = Side.WORKER.actions(status).stream().anyMatch(action -> action != Action.CANCEL);
            assertThat(workerActs && Side.WORKER.waiting(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void yuanAreTypedAndFenAreSent() {
        assertThat(Yuan.toFen("50")).hasValue(5000);
        assertThat(Yuan.toFen(" 50.5 ")).hasValue(5050);
        assertThat(Yuan.toFen("¥1,200.05")).hasValue(120_005);
        assertThat(Yuan.toFen("200元")).hasValue(20_000);
        // Negative goes to the API, which refuses it in its own words.
        assertThat(Yuan.toFen("-3")).hasValue(-300);
        assertThat(Yuan.toFen("1.005")).isEmpty();
        assertThat(Yuan.toFen("")).isEmpty();
        assertThat(Yuan.toFen("五十元")).isEmpty();
        assertThat(Yuan.toFen(null)).isEmpty();
        assertThat(Yuan.format(5000, Locale.CHINA)).isEqualTo("50");
        assertThat(Yuan.format(5050, Locale.CHINA)).isEqualTo("50.50");
        assertThat(Yuan.format(120_000, Locale.CHINA)).isEqualTo("1,200");
        assertThat(Yuan.toFen(Yuan.format(123_456_789, Locale.ROOT))).hasValue(123_456_789);
    }

    @Test
    void everyStatusActionReasonAndMethodHasItsWords() throws IOException {
        Properties chinese = bundle("/messages.properties");
        Arrays.stream(Status.values()).forEach(status -> assertThat(chinese).containsKey("order.status." + status));
        for (Side side : Side.values()) {
            for (Status status : Status.values()) {
                if (side.waiting(status)) {
                    assertThat(chinese).containsKey("order.waiting." + side + "." + status);
                }
            }
            assertThat(chinese).containsKeys("order.cancel.title." + side, "order.cancel.help." + side,
                    "order.cancel.send." + side, "order.payments.none." + side);
        }
        for (Action action : new Action[] {Action.CONFIRM, Action.CANCEL, Action.CHECK_IN, Action.COMPLETE,
                Action.NO_SHOW, Action.RECORD_PAYMENT}) {
            assertThat(chinese).containsKeys("order.action." + action);
        }
        CancelDialog.CODES.forEach(code -> assertThat(chinese).containsKey("order.cancel.code." + code));
        Arrays.stream(OrderApi.Method.values())
                .forEach(method -> assertThat(chinese).containsKey("order.payment.method." + method));
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OrderPagesTests.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
