package org.lingong.admin.verification;

import org.lingong.admin.GridCell;
import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PagedGrid;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.admin.verification.EmployerReviewApi.PendingEmployer;
import org.lingong.admin.verification.EmployerReviewPanel.DecisionRequested;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * 企业核验: the city's employers whose profile and business licence wait for review, longest waiting first, masked.
 * Staff pick one, look at the licence and 审核通过, 要求补充材料 or 不予通过 with a note the employer reads. The queue is
 * read when the page opens, on 刷新, and after each decision; a decided employer leaves it.
 */
@Route(value = "city/employer-verification", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class EmployerQueueView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final EmployerReviewApi review;
    private final Grid<PendingEmployer> queue = new Grid<>();
    private EmployerReviewPanel panel;

    public EmployerQueueView(PlatformApi api, AuthenticationContext authentication) {
        this.review = new EmployerReviewApi(api, SignedInUser.current(authentication).tenant().orElseThrow());
        queue.setId("employer-queue");
        queue.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        ((GridSingleSelectionModel<?>) queue.getSelectionModel()).setDeselectAllowed(false);
        queue.asSingleSelect().addValueChangeListener(change -> choose(change.getValue()));
        PagedGrid.feed(queue, review::pending);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("employer-review.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        setSizeFull();
        queue.removeAllColumns();
        queue.addComponentColumn(employer -> GridCell.twoLines(employer.legalName(), employer.creditCode()))
                .setHeader(getTranslation("employer-review.column.employer")).setFlexGrow(2);
        queue.addComponentColumn(employer -> GridCell.twoLines(employer.contactName(), employer.contactPhone()))
                .setHeader(getTranslation("employer-review.column.contact")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(employer -> employer.submittedAt() == null ? ""
                        : VerificationPanel.SINCE.format(employer.submittedAt()))
                .setHeader(getTranslation("employer-review.column.since")).setAutoWidth(true).setFlexGrow(0);

        panel = new EmployerReviewPanel();
        panel.addDecisionListener(this::decide);
        QueuePage.lay(this, getTranslation("employer-review.title"), getTranslation("employer-review.help"),
                "refresh-employer-queue", this::refresh, queue, panel, "24rem");
        refresh();
    }

    /** Shows the chosen employer with its licence; every fetch of the licence is a view tenant-core audits. */
    private void choose(PendingEmployer employer) {
        if (employer == null) {
            panel.show(null, null);
            return;
        }
        try {
            panel.show(employer, review.licence(employer.id()));
        } catch (ApiProblem problem) {
            panel.show(employer, null);
            panel.licenceUnreadable(problem);
        }
    }

    private void refresh() {
        queue.deselectAll();
        panel.show(null, null);
        queue.getDataProvider().refreshAll();
    }

    private void decide(DecisionRequested request) {
        PendingEmployer employer = request.employer();
        try {
            review.decide(employer.id(), request.decision(), request.note());
        } catch (ApiProblem problem) {
            panel.refused(problem);
            return;
        }
        Notification.show(getTranslation("employer-review.decided." + request.decision(), employer.legalName()), 5000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
    }
}
