package org.lingong.core.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lingong.core.insurance.Coverage;
import org.lingong.core.insurance.EnrolmentDetails;
import org.lingong.core.jobs.JobDetails;
import org.lingong.core.orders.OrderDetails;
import org.lingong.core.people.Parties;
import org.lingong.core.people.Parties.EmployerParty;
import org.lingong.core.people.Parties.WorkerParty;
import org.lingong.common.i18n.China;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the current template from an order: the parties with masked identifiers, the job, its times in Asia/Shanghai,
 * the wage in 元 from fen. The contract text is Chinese whatever the caller's language, as it is the legal document.
 */
@Component
class ContractDrafts {

    static final ZoneId SHANGHAI = China.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(SHANGHAI);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(SHANGHAI);

    private final Parties parties;
    private final Coverage coverage;
    private final MessageSource messages;

    ContractDrafts(Parties parties, Coverage coverage, MessageSource messages) {
        this.parties = parties;
        this.coverage = coverage;
        this.messages = messages;
    }

    Contract draft(OrderDetails order, JobDetails job, ContractTemplate template, Instant now) {
        WorkerParty worker = parties.worker(order.workerId())
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " names no worker profile"));
        EmployerParty employer = order.employerId() == null ? null : parties.employer(order.employerId())
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " names no employer profile"));
        UUID id = UUID.randomUUID();
        String number = "LG" + DAY.format(now) + "-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);

        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.CONTRACT_NUMBER, number);
        values.put(Placeholder.ORDER_NUMBER, order.id().toString());
        values.put(Placeholder.EMPLOYER_NAME, employer != null ? employer.legalName()
                : job.source().name() != null ? job.source().name() : text("contracts.employer.unnamed"));
        values.put(Placeholder.EMPLOYER_CREDIT_CODE,
                employer != null ? employer.maskedCreditCode() : text("contracts.not-registered"));
        values.put(Placeholder.WORKER_NAME, worker.maskedName());
        values.put(Placeholder.WORKER_ID_NUMBER, worker.maskedIdNumber());
        values.put(Placeholder.JOB_TITLE, job.title());
        values.put(Placeholder.WORK_PLACE, job.address() != null && !job.address().isBlank() ? job.address()
                : text("contracts.place.coordinates", "%.5f".formatted(job.location().latitude()),
                        "%.5f".formatted(job.location().longitude())));
        values.put(Placeholder.START_TIME, TIME.format(job.startsAt()));
        values.put(Placeholder.END_TIME, TIME.format(job.endsAt()));
        values.put(Placeholder.WAGE, text("contracts.wage", BigDecimal.valueOf(job.wage().amountFen(), 2).toPlainString(),
                text("contracts.wage-unit." + job.wage().unit().name())));
        values.put(Placeholder.INSURANCE, insurance(order, job));

        ContractParties signers = new ContractParties(worker.id(), worker.accountId(),
                employer == null ? null : employer.id(), employer == null ? null : employer.accountId());
        return new Contract(id, order.id(), number, template.getVersion(), TemplateText.fill(template.getTitle(), values),
                TemplateText.fill(template.getBody(), values), signers, now);
    }

    /** The cover registered when the contract is made; cover enrolled later shows in the order's insurance record. */
    private String insurance(OrderDetails order, JobDetails job) {
        var cover = coverage.of(order.id(), order.workerId(), job.startsAt(), job.endsAt());
        if (cover.enrolments().isEmpty()) {
            return text("contracts.insurance.none");
        }
        return cover.enrolments().stream().map(this::policy).collect(Collectors.joining("；"));
    }

    private String policy(EnrolmentDetails cover) {
        return text("contracts.insurance.policy", text("contracts.insurance-type." + cover.type()), cover.insurer(),
                cover.policyNumber(), TIME.format(cover.coverageStart()), TIME.format(cover.coverageEnd()),
                BigDecimal.valueOf(cover.premiumFen(), 2).toPlainString(),
                text("contracts.insurance-payer." + cover.paidBy()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
