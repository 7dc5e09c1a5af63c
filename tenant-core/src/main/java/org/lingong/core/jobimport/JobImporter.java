package org.lingong.core.jobimport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.problem.Problems;
import org.lingong.common.tenant.TenantCode;
import org.lingong.core.jobs.JobPosting;
import org.lingong.core.jobs.Jobs;
import org.lingong.core.tenancy.CurrentTenant;
import org.lingong.core.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports jobs from a feed file in the background: each row is bound and validated like an API request, checked
 * against existing jobs (and earlier rows) for duplicates, and posted in a transaction of its own — so a rejected row
 * writes nothing and never stops the others. Progress is saved every {@value #PROGRESS_EVERY} rows.
 */
@Service
class JobImporter {

    private static final int PROGRESS_EVERY = 25;
    private static final Logger log = LoggerFactory.getLogger(JobImporter.class);

    private final Jobs jobs;
    private final JobImportRepository imports;
    private final Validator validator;
    private final Problems problems;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();

    JobImporter(Jobs jobs, JobImportRepository imports, Validator validator, Problems problems,
                MessageSource messages, JsonMapper json, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.imports = imports;
        this.validator = validator;
        this.problems = problems;
        this.messages = messages;
        this.json = json;
        this.transactions = transactions;
    }

    /** Reads the whole feed (bounded by the format's limits) before anything is written, then posts in the background. */
    ImportProgress start(ImportFormat format, String fileName, InputStream body, String importedBy) {
        List<ImportFormat.ImportRow> rows = format.rows(body, json);
        JobImport job = transactions.execute(tx -> imports.save(new JobImport(fileName, format, rows.size(), importedBy)));
        TenantCode tenant = CurrentTenant.require();
        Locale locale = LocaleContextHolder.getLocale();
        runner.submit(new DelegatingSecurityContextRunnable(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                TenantContext.run(tenant, () -> process(job.id(), rows, importedBy));
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }));
        return job.progress(json);
    }

    ImportProgress progress(UUID id) {
        return transactions.execute(tx -> imports.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.IMPORT_NOT_FOUND)).progress(json));
    }

    private void process(UUID importId, List<ImportFormat.ImportRow> rows, String importedBy) {
        List<Map<String, Object>> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int accepted = 0;
        for (int i = 0; i < rows.size(); i++) {
            ImportFormat.ImportRow row = rows.get(i);
            List<String> reasons = new ArrayList<>();
            try {
                JobPosting posting = json.treeToValue(row.posting(), JobPosting.class);
                for (ConstraintViolation<JobPosting> violation : validator.validate(posting)) {
                    reasons.add(violation.getPropertyPath() + ": " + violation.getMessage());
                }
                if (reasons.isEmpty() && (!seen.add(fingerprint(posting)) || jobs.isDuplicate(posting))) {
                    reasons.add(problems.title(ProblemType.DUPLICATE_JOB, LocaleContextHolder.getLocale()));
                }
                if (reasons.isEmpty()) {
                    jobs.post(posting, importedBy);
                    accepted++;
                }
            } catch (JacksonException e) {
                reasons.add(messages.getMessage("import.unreadable", new Object[] {e.getOriginalMessage()},
                        LocaleContextHolder.getLocale()));
            } catch (ProblemException e) {
                reasons.add(problems.title(e.type(), LocaleContextHolder.getLocale(), e.arguments()));
            } catch (RuntimeException e) {
                log.warn("import row {} failed", row.number(), e);
                reasons.add(problems.title(ProblemType.INTERNAL_ERROR, LocaleContextHolder.getLocale()));
            }
            if (!reasons.isEmpty()) {
                rejected.add(Map.of("row", row.number(), "reasons", reasons));
            }
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == rows.size()) {
                saveProgress(importId, i + 1, accepted, rejected);
            }
        }
    }

    private void saveProgress(UUID importId, int processed, int accepted, List<Map<String, Object>> rejected) {
        String report = json.writeValueAsString(rejected);
        transactions.executeWithoutResult(tx -> imports.findById(importId).orElseThrow()
                .progress(processed, accepted, report));
    }

    private static String fingerprint(JobPosting posting) {
        JobPosting.Source source = posting.source();
        return source.externalRef() != null ? source.name() + "#" + source.externalRef()
                : String.join("|", posting.title().strip(), String.valueOf(source.name()),
                String.valueOf(posting.startsAt()), "%.4f,%.4f".formatted(posting.location().latitude(),
                        posting.location().longitude()));
    }
}
