package org.lingong.admin.verification;

import org.lingong.admin.GridCell;
import org.lingong.admin.MainLayout;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PagedGrid;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.security.SignedInUser;
import org.lingong.admin.verification.VerificationApi.Decision;
import org.lingong.admin.verification.VerificationApi.PendingWorker;
import org.lingong.admin.verification.VerificationPanel.DecisionRequested;
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
 * 实名核验: the city's workers whose real name waits for a desk — the authority did not answer, or another profile holds
 * the number — with why each waits. Staff pick one, see the person with the card and 核验通过, or 不予核验 with a note.
 * The queue is read when the page opens, on 刷新, and after each decision; a decided worker leaves it.
 */
@Route(value = "city/verification", layout = MainLayout.class)
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class VerificationQueueView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private final VerificationApi desk;
    private final Grid<PendingWorker> queue = new Grid<>();
    private VerificationPanel panel;

    public VerificationQueueView(PlatformApi api, AuthenticationContext authentication) {
        this.desk = new VerificationApi(api, SignedInUser.current(authentication).tenant().orElseThrow());
        queue.setId("verification-queue");
        queue.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        // A second click on the chosen row keeps it chosen: the half-filled decision beside it stays.
        ((GridSingleSelectionModel<?>) queue.getSelectionModel()).setDeselectAllowed(false);
        queue.asSingleSelect().addValueChangeListener(change -> panel.show(change.getValue()));
        PagedGrid.feed(queue, desk::pending);
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("verification.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        setSizeFull();
        queue.removeAllColumns();
        // The name to call out, the phone beneath it; the ID number apart, to compare with the card.
        queue.addComponentColumn(worker -> GridCell.twoLines(worker.realName(), worker.phone()))
                .setHeader(getTranslation("verification.column.worker")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(PendingWorker::idNumber).setHeader(getTranslation("verification.column.id-number"))
                .setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(VerificationPanel::skills).setHeader(getTranslation("verification.column.skills"))
                .setFlexGrow(1);
        queue.addColumn(worker -> VerificationPanel.SINCE.format(worker.updatedAt()))
                .setHeader(getTranslation("verification.column.since")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(VerificationPanel::reason).setHeader(getTranslation("verification.column.reason"))
                .setFlexGrow(2);

        panel = new VerificationPanel();
        panel.addDecisionListener(this::decide);
        QueuePage.lay(this, getTranslation("verification.title"), getTranslation("verification.help"),
                "refresh-verification-queue", this::refresh, queue, panel, "18rem");
        refresh();
    }

    /** Reads the queue again; the panel starts afresh, as the chosen worker may have been decided elsewhere. */
    private void refresh() {
        queue.deselectAll();
        panel.show(null);
        queue.getDataProvider().refreshAll();
    }

    private void decide(DecisionRequested request) {
        PendingWorker worker = request.worker();
        try {
            if (request.decision() == Decision.VERIFY) {
                desk.verify(worker.id());
            } else {
                desk.reject(worker.id(), request.note());
            }
        } catch (ApiProblem problem) {
            panel.refused(problem);
            return;
        }
        Notification.show(request.decision() == Decision.VERIFY
                        ? getTranslation("verification.verified", worker.realName(), worker.idNumber())
                        : getTranslation("verification.rejected", worker.realName(), worker.idNumber()), 5000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
    }
}
