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
import java.util.function.Consumer;
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
 * against existing jobs (and earlier rows) for duplicates, and posted. Rows go in chunks of {@value #CHUNK}, one
 * transaction each with the chunk's progress: every refusal of a posting comes before it writes anything
 * ({@link Jobs#postOneOfMany}), so a rejected row writes nothing and never stops the others, while the import pays one
 * transaction per chunk rather than per row. Should a chunk fail all the same, its rows go again one by one.
 */
@Service
class JobImporter {

    static final int CHUNK = 100;
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
        Tally tally = new Tally();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int to = Math.min(rows.size(), from + CHUNK);
            List<ImportFormat.ImportRow> chunk = rows.subList(from, to);
            Tally before = tally.copy();
            try {
                transactions.executeWithoutResult(tx -> {
                    chunk.forEach(row -> tally.count(row, postRow(row, tally, posting ->
                            jobs.postOneOfMany(posting, importedBy))));
                    saveProgress(importId, to, tally);
                });
            } catch (RuntimeException chunkFailed) {
                // Something unforeseen took the whole chunk back: its rows go again, each in a transaction of its own.
                log.warn("import chunk of rows {}-{} failed; posting them one by one", chunk.getFirst().number(),
                        chunk.getLast().number(), chunkFailed);
                tally.restore(before);
                for (ImportFormat.ImportRow row : chunk) {
                    List<String> reasons;
                    try {
                        reasons = postRow(row, tally, posting -> jobs.post(posting, importedBy));
                    } catch (RuntimeException e) {
                        log.warn("import row {} failed", row.number(), e);
                        reasons = List.of(problems.title(ProblemType.INTERNAL_ERROR, LocaleContextHolder.getLocale()));
                    }
                    tally.count(row, reasons);
                }
                transactions.executeWithoutResult(tx -> saveProgress(importId, to, tally));
            }
        }
    }

    /** What the import has done so far: rows accepted, rows rejected with their reasons, postings seen. */
    private static final class Tally {

        private int accepted;
        private final List<Map<String, Object>> rejected = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        void count(ImportFormat.ImportRow row, List<String> reasons) {
            if (reasons.isEmpty()) {
                accepted++;
            } else {
                rejected.add(Map.of("row", row.number(), "reasons", reasons));
            }
        }

        Tally copy() {
            Tally copy = new Tally();
            copy.restore(this);
            return copy;
        }

        void restore(Tally other) {
            accepted = other.accepted;
            rejected.clear();
            rejected.addAll(other.rejected);
            seen.clear();
            seen.addAll(other.seen);
        }
    }

    /** Binds, validates and posts one row; the reasons it was rejected, or none. */
    private List<String> postRow(ImportFormat.ImportRow row, Tally tally, Consumer<JobPosting> post) {
        List<String> reasons = new ArrayList<>();
        try {
            JobPosting posting = json.treeToValue(row.posting(), JobPosting.class);
            for (ConstraintViolation<JobPosting> violation : validator.validate(posting)) {
                reasons.add(violation.getPropertyPath() + ": " + violation.getMessage());
            }
            if (reasons.isEmpty() && (!tally.seen.add(fingerprint(posting)) || jobs.isDuplicate(posting))) {
                reasons.add(problems.title(ProblemType.DUPLICATE_JOB, LocaleContextHolder.getLocale()));
            }
            if (reasons.isEmpty()) {
                post.accept(posting);
            }
        } catch (JacksonException e) {
            reasons.add(messages.getMessage("import.unreadable", new Object[] {e.getOriginalMessage()},
                    LocaleContextHolder.getLocale()));
        } catch (ProblemException e) {
            reasons.add(problems.title(e.type(), LocaleContextHolder.getLocale(), e.arguments()));
        }
        return reasons;
    }

    private void saveProgress(UUID importId, int processed, Tally tally) {
        imports.findById(importId).orElseThrow()
                .progress(processed, tally.accepted, json.writeValueAsString(tally.rejected));
    }

    private static String fingerprint(JobPosting posting) {
        JobPosting.Source source = posting.source();
        return source.externalRef() != null ? source.name() + "#" + source.externalRef()
                : String.join("|", posting.title().strip(), String.valueOf(source.name()),
                String.valueOf(posting.startsAt()), "%.4f,%.4f".formatted(posting.location().latitude(),
                        posting.location().longitude()));
    }
}
