package org.lingong.admin.jobs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.admin.uploads.LimitedUpload;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * Bulk import of jobs from a CSV, JSON or xlsx feed: the file goes to the API as it is, then the import's progress and
 * every rejected row with its reasons are polled every second until the import is done.
 */
@Route(value = "city/jobs/import", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class JobImportView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    /** A rejected row: its number in the file (header is row 1 in spreadsheets) and why. */
    record RejectedRow(int row, List<String> reasons) {
    }

    record ImportProgress(UUID id, String fileName, String status, int total, int processed, int accepted,
                          List<RejectedRow> rejected) {

        boolean done() {
            return "DONE".equals(status);
        }
    }

    /** The API's own limit for a feed: a bigger file is refused here before it is sent on. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final transient PlatformApi api;
    private final String tenant;
    private final LimitedUpload upload;
    private final VerticalLayout report = new VerticalLayout();
    private final Grid<RejectedRow> rejected = new Grid<>();
    private UUID watched;
    private Registration polling;

    public JobImportView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        // The upload calls back inside UI.access, with the session locked.
        upload = new LimitedUpload(MAX_BYTES, (metadata, file) -> start(metadata.fileName(), file));
        upload.setId("job-import-upload");
        upload.setAcceptedFileTypes(".csv", ".json", ".xlsx");
        report.setId("job-import-report");
        report.setPadding(false);
        rejected.setId("rejected-rows");
        rejected.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("import.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        rejected.removeAllColumns();
        rejected.addColumn(RejectedRow::row).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        rejected.addColumn(row -> String.join("; ", row.reasons())).setHeader(getTranslation("import.reasons"));
        Paragraph help = new Paragraph(getTranslation("import.help"));
        help.addClassNames(TextColor.SECONDARY);
        upload.label(getTranslation("import.choose"), getTranslation("import.drop"));
        add(new H2(getTranslation("import.title")), help, upload, report);
        if (watched != null) {
            refresh();
        }
    }

    /** The feed format follows the file's extension; the API refuses any other. */
    static Optional<String> format(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private void start(String fileName, byte[] file) {
        try {
            ImportProgress started = api.postFile(ImportProgress.class, file,
                    "/t/{tenant}/api/v1/jobs/imports?format={format}&fileName={fileName}", tenant,
                    format(fileName).orElse(""), fileName);
            watched = started.id();
            show(started);
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
        upload.clearFileList();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (watched != null) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }

    private void refresh() {
        try {
            show(api.get(ImportProgress.class, "/t/{tenant}/api/v1/jobs/imports/{id}", tenant, watched));
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
            watched = null;
        }
    }

    private void show(ImportProgress progress) {
        UI.getCurrent().setPollInterval(progress.done() ? -1 : 1000);
        report.removeAll();
        ProgressBar bar = new ProgressBar(0, Math.max(1, progress.total()), progress.processed());
        if (progress.done()) {
            bar.addThemeVariants(progress.rejected().isEmpty() ? ProgressBarVariant.SUCCESS : ProgressBarVariant.ERROR);
        }
        Span summary = new Span(getTranslation(progress.done() ? "import.done" : "import.running",
                progress.fileName(), progress.processed(), progress.total(), progress.accepted(),
                progress.rejected().size()));
        summary.setId("job-import-summary");
        report.add(summary, bar);
        if (!progress.rejected().isEmpty()) {
            rejected.setItems(progress.rejected());
            report.add(new Span(getTranslation("import.rejected")), rejected);
        }
    }
}
