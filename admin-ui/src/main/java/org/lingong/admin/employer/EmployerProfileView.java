package org.lingong.admin.employer;

import java.time.format.DateTimeFormatter;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.nearby.JobTexts;
import org.lingong.admin.uploads.LimitedUpload;
import org.lingong.admin.worker.PhonePage;
import org.lingong.admin.worker.WorkerPages;
import org.springframework.http.MediaType;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignSelf;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.BoxShadow;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /employer/{city}/me} (单位档案): the signed-in employer's own profile in the city — where 双实名 review stands
 * with the staff's note, the company form ({@code PUT /api/v1/employers/me}) and the business licence upload
 * ({@code PUT /api/v1/employers/me/licence}, the image's bytes as they are) that sends it to the city's queue. Opening
 * it signed out starts the sign-in and comes back here. Only a verified employer publishes jobs.
 */
@Route("employer/:city/me")
@PermitAll
public class EmployerProfileView extends PhonePage {

    private static final String ME = "/t/{city}/api/v1/employers/me";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(JobTexts.CHINA);

    /** The city's limit as {@code /api/v1/employers/licence-limit} answers it. */
    record LicenceLimit(int maxBytes) {
    }

    private MyCompany company;
    private int maxBytes;
    private final Div status = new Div();
    private final Paragraph refusal = new Paragraph();
    private LimitedUpload licenceUpload;

    public EmployerProfileView(PlatformApi api) {
        super(api, "employer.me.title");
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        company = mine();
        maxBytes = api.get(LicenceLimit.class, "/t/{city}/api/v1/employers/licence-limit", city).maxBytes();
    }

    private MyCompany mine() {
        try {
            return api.get(MyCompany.class, ME, city);
        } catch (ApiProblem problem) {
            if (problem.is("employer-not-found")) {
                return MyCompany.NONE;
            }
            throw problem;
        }
    }

    @Override
    protected Component links() {
        // 投诉举报: an employer reports agencies (or a job) like a worker does, on the same page.
        String page = "employer/" + city + "/complaints";
        Anchor complaints = new Anchor(page, getTranslation("employer.me.complaints"));
        complaints.setId("employer-complaints");
        // 我的处理决定: what the city decided against this employer, and its appeal.
        String decisions = "employer/" + city + "/sanctions";
        Anchor sanctions = new Anchor(decisions, getTranslation("employer.me.sanctions"));
        sanctions.setId("employer-sanctions");
        return WorkerPages.links(complaints, sanctions);
    }

    @Override
    protected void fill(Div content) {
        showStatus();
        Span privacy = new Span(VaadinIcon.LOCK.create(), new Span(getTranslation("employer.me.privacy")));
        privacy.addClassNames(Display.FLEX, AlignItems.START, Gap.XSMALL, FontSize.XSMALL);
        content.add(status, form(), licence());
        if (company.saved()) {
            content.add(new MyJobs(api, city));
        }
        content.add(privacy);
    }

    /** Where review stands, first on the page: status, what to do next, the staff's note in its own words. */
    private void showStatus() {
        status.removeAll();
        MyCompany.Status now = company.status();
        Badge badge = new Badge(getTranslation("employer.me.status." + now), switch (now) {
            case VERIFIED -> VaadinIcon.CHECK_CIRCLE.create();
            case PENDING -> VaadinIcon.CLOCK.create();
            case REJECTED -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case UNVERIFIED -> VaadinIcon.OFFICE.create();
        });
        badge.setId("employer-status");
        badge.getElement().setAttribute("data-status", now.name());
        badge.addThemeVariants(switch (now) {
            case VERIFIED -> BadgeVariant.SUCCESS;
            case PENDING -> BadgeVariant.WARNING;
            case REJECTED -> BadgeVariant.ERROR;
            case UNVERIFIED -> BadgeVariant.CONTRAST;
        });
        badge.addClassNames(FontSize.LARGE, FontWeight.SEMIBOLD, AlignSelf.START);
        Paragraph next = new Paragraph(getTranslation(company.nextStep(),
                company.verifiedAt() == null ? "" : WHEN.format(company.verifiedAt())));
        next.setId("employer-next-step");
        next.addClassNames(Margin.NONE);
        status.add(badge, next);
        if (company.statusNote() != null) {
            // Staff's words, as text: never HTML.
            Paragraph note = new Paragraph(company.statusNote());
            note.setId("employer-review-note");
            note.addClassNames(Margin.NONE, Padding.Left.SMALL, FontWeight.SEMIBOLD);
            note.getStyle().set("border-left", "3px solid var(--lumo-error-color)").set("white-space", "pre-line");
            status.add(note);
        }
        status.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL, Padding.MEDIUM, Background.BASE,
                BorderRadius.MEDIUM, BoxShadow.XSMALL);
    }

    private Div form() {
        TextField legalName = field("legalName", "employer.me.legal-name", company.legalName());
        TextField creditCode = field("creditCode", "employer.me.credit-code", null);
        TextField representative = field("legalRepresentative", "employer.me.legal-representative", null);
        TextField contact = field("contactName", "employer.me.contact-name", null);
        TextField phone = field("contactPhone", "employer.me.contact-phone", null);
        TextField address = field("address", "employer.me.address", company.address());
        creditCode.setMaxLength(18);
        phone.getElement().setAttribute("inputmode", "tel");
        if (company.saved()) {
            onRecord(creditCode, company.creditCode());
            onRecord(representative, company.legalRepresentative());
            onRecord(contact, company.contactName());
            onRecord(phone, company.contactPhone());
        } else {
            creditCode.setHelperText(getTranslation("employer.me.credit-code.helper"));
        }
        address.setRequired(false);
        FieldErrors errors = new FieldErrors().bind("legalName", legalName).bind("creditCode", creditCode)
                .bind("legalRepresentative", representative).bind("contactName", contact)
                .bind("contactPhone", phone).bind("address", address);
        Button save = new Button(getTranslation("employer.me.save"), VaadinIcon.CHECK.create());
        save.setId("save-company");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setWidthFull();
        save.addClickListener(click -> {
            errors.clear();
            try {
                company = api.put(MyCompany.class, new MyCompany.Changes(legalName.getValue(), creditCode.getValue(),
                        representative.getValue(), contact.getValue(), phone.getValue(),
                        address.getValue().isBlank() ? null : address.getValue()), ME, city);
            } catch (ApiProblem problem) {
                if (!errors.show(problem)) {
                    ProblemNotice.show(problem);
                }
                return;
            }
            done("employer.me.saved");
        });
        Div form = new Div(legalName, creditCode, representative, contact, phone, address, save);
        form.setId("company-form");
        form.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        return form;
    }

    /** The licence: what is on file, and the upload that replaces it and sends the profile to the queue. */
    private Div licence() {
        H3 heading = new H3(getTranslation("employer.me.licence"));
        heading.addClassNames(FontSize.LARGE, Margin.NONE);
        Paragraph onFile = new Paragraph(company.licence() == null ? getTranslation("employer.me.licence.none")
                : getTranslation("employer.me.licence.on-file", WHEN.format(company.licence().uploadedAt()),
                        Math.ceilDiv(company.licence().size(), 1024)));
        onFile.setId("licence-on-file");
        onFile.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
        Paragraph help = new Paragraph(getTranslation("employer.me.licence.help", maxBytes / 1024 / 1024.0));
        help.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.SECONDARY);
        licenceUpload = new LimitedUpload(Math.min(maxBytes, LimitedUpload.MAX_FILE_BYTES),
                (metadata, file) -> upload(file));
        licenceUpload.setId("licence-upload");
        licenceUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        licenceUpload.label(getTranslation("employer.me.licence.choose"), getTranslation("employer.me.licence.drop"));
        licenceUpload.setWidthFull();
        licenceUpload.setEnabled(company.saved());
        refusal.setText("");
        refusal.setId("licence-refused");
        refusal.addClassNames(Margin.NONE, FontSize.SMALL, TextColor.ERROR);
        Div section = new Div(heading, onFile, help, licenceUpload, refusal);
        section.setId("licence-section");
        section.addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.SMALL);
        return section;
    }

    /** The type is the API's to judge, from the bytes: the browser's claim is not sent. */
    private void upload(byte[] file) {
        try {
            company = api.putFile(MyCompany.class, file, MediaType.APPLICATION_OCTET_STREAM, ME + "/licence", city);
        } catch (ApiProblem problem) {
            // Beside the upload and kept there: a phone's notification is gone before the person looks up. The
            // refused file leaves the list, so that another can be chosen (the upload takes one at a time).
            refusal.setText(problem.getMessage());
            licenceUpload.clearFileList();
            return;
        }
        done("employer.me.licence.uploaded");
    }

    private void done(String message) {
        build();
        Notification.show(getTranslation(message), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId("company-" + id);
        field.setWidthFull();
        field.setRequired(true);
        if (value != null) {
            field.setValue(value);
        }
        return field;
    }

    private void onRecord(TextField field, String masked) {
        if (masked != null) {
            field.setHelperText(getTranslation("employer.me.on-record", masked));
        }
    }
}
