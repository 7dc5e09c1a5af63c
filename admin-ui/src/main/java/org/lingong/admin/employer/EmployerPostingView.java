package org.lingong.admin.employer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.jobs.JobForm;
import org.lingong.admin.maps.LeafletMap;
import org.lingong.admin.maps.MapSettings;
import org.lingong.admin.maps.MapShift;
import org.lingong.admin.maps.MapTiles;
import org.lingong.admin.worker.PhonePage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /employer/{city}/jobs/new} (发布岗位, 5 秒发单): the employer posts a job of its own — the shared
 * {@link JobForm}, the place from its saved addresses (常用地址) or a tap on the map, which it may save under a name.
 * {@code ?from=<job>} posts a past job again (same hours, from tomorrow); {@code ?draft=<job>} continues a draft, to
 * save, publish or discard. The API decides: an unverified employer keeps drafts but cannot publish (双实名), and its
 * refusals show at the fields or as a notice. Everything shown is text, never HTML.
 */
@Route("employer/:city/jobs/new")
@PermitAll
public class EmployerPostingView extends PhonePage {

    private static final String ADDRESSES = "/t/{city}/api/v1/employers/me/addresses";
    private static final String MY_JOB = "/t/{city}/api/v1/employers/me/jobs/{id}";
    /** The circle drawn round the chosen place, in metres: the place, not a search area. */
    private static final int PLACE_RADIUS = 150;

    /** A saved address as {@code GET /api/v1/employers/me/addresses} lists it. */
    record SavedPlace(UUID id, String label, String address, double latitude, double longitude) {
    }

    record NewPlace(String label, String address, double latitude, double longitude) {
    }

    private final MapSettings maps;

    /** The job the form starts from: a draft to continue, or a past job to post again; none for a new one. */
    private JobForm.Job from;
    private boolean continuing;
    private JobForm.Location location;
    private Long marketId;

    public EmployerPostingView(PlatformApi api, MapSettings maps) {
        super(api, "posting.title");
        this.maps = maps;
    }

    @Override
    protected void read(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> draft = query.getSingleParameter("draft");
        continuing = draft.isPresent();
        from = null;
        location = null;
        marketId = null;
        Optional<String> job = draft.or(() -> query.getSingleParameter("from"));
        try {
            if (job.isPresent()) {
                from = api.get(JobForm.Job.class, MY_JOB, city, UUID.fromString(job.get()));
            }
        } catch (IllegalArgumentException notAnId) {
            continuing = false;
        }
        location = from == null ? null : from.location();
        marketId = from == null ? null : from.marketId();
    }

    @Override
    protected String titleKey() {
        return continuing && from != null ? "posting.title.draft" : from != null ? "posting.title.again"
                : "posting.title";
    }

    @Override
    protected Component links() {
        RouterLink back = new RouterLink(getTranslation("posting.back"), EmployerProfileView.class,
                new RouteParameters("city", city));
        back.setId("posting-back");
        return back;
    }

    @Override
    protected void fill(Div content) {
        List<SavedPlace> saved;
        try {
            saved = List.of(api.get(SavedPlace[].class, ADDRESSES, city));
        } catch (ApiProblem problem) {
            // No company profile yet: the place comes from the map; posting then says what is missing.
            saved = List.of();
        }
        JobForm form = new JobForm(api, city, "job");
        if (from != null) {
            form.fill(from, continuing);
        }
        form.setId("posting-form");
        content.add(form.lay(List.of(), place(form, saved), List.of(buttons(form))));
    }

    /** The saved addresses, the map, where the job is now, and saving that place under a name. */
    private List<Component> place(JobForm form, List<SavedPlace> saved) {
        Select<SavedPlace> addresses = new Select<>();
        addresses.setId("job-saved-address");
        addresses.setLabel(getTranslation("posting.saved-address"));
        addresses.setPlaceholder(getTranslation(saved.isEmpty() ? "posting.saved-address.none"
                : "posting.saved-address.choose"));
        addresses.setItems(saved);
        addresses.setItemLabelGenerator(place -> place.label() + " · " + place.address());
        addresses.setEnabled(!saved.isEmpty());
        form.errors().bind("location", addresses);

        Span chosen = new Span();
        chosen.setId("job-place");
        chosen.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        MapTiles tiles = maps.forCity(city, tenant.brandingOrNone());
        LeafletMap map = new LeafletMap(tiles);
        map.setId("job-map");
        map.setWidthFull();
        map.setHeight("240px");
        TenantProfile.Center centre = tenant.center();
        if (tiles.shifted() && centre != null && centre.latitude() != null) {
            map.setShift(MapShift.at(api, city, centre.latitude(), centre.longitude()));
        }
        Runnable redraw = () -> {
            chosen.setText(location == null ? getTranslation("posting.place.none")
                    : getTranslation("posting.place", coordinates(location)));
            if (location != null) {
                map.show(new LeafletMap.Pin(location.latitude(), location.longitude(), form.address().getValue()),
                        PLACE_RADIUS, List.of(), Brand.primaryColour());
            } else if (centre != null && centre.latitude() != null) {
                map.show(new LeafletMap.Pin(centre.latitude(), centre.longitude(), tenant.name(getLocale())),
                        2000, List.of(), Brand.primaryColour());
            }
        };
        addresses.addValueChangeListener(change -> {
            SavedPlace place = change.getValue();
            if (place != null) {
                location = new JobForm.Location(place.latitude(), place.longitude());
                marketId = null;
                form.address().setValue(place.address());
                addresses.setInvalid(false);
                redraw.run();
            }
        });
        map.onClick((latitude, longitude) -> {
            location = new JobForm.Location(latitude, longitude);
            marketId = null;
            addresses.clear();
            redraw.run();
        });
        redraw.run();
        Span help = new Span(getTranslation("posting.map.help"));
        help.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        return List.of(addresses, help, map, chosen, saveAddress(form, addresses));
    }

    /** 保存为常用地址: the chosen place and the address typed, under a name such as 总店 or 仓库. */
    private Div saveAddress(JobForm form, Select<SavedPlace> addresses) {
        TextField label = new TextField(getTranslation("posting.address-label"));
        label.setId("job-address-label");
        label.setMaxLength(20);
        Button save = new Button(getTranslation("posting.save-address"), VaadinIcon.BOOKMARK.create());
        save.setId("job-save-address");
        save.addClickListener(click -> {
            if (location == null) {
                notice(getTranslation("posting.place.none"), NotificationVariant.WARNING);
                return;
            }
            try {
                SavedPlace kept = api.post(SavedPlace.class, new NewPlace(label.getValue(),
                        form.address().getValue(), location.latitude(), location.longitude()), ADDRESSES, city);
                List<SavedPlace> all = List.of(api.get(SavedPlace[].class, ADDRESSES, city));
                addresses.setItems(all);
                addresses.setEnabled(true);
                addresses.setValue(all.stream().filter(place -> place.id().equals(kept.id())).findFirst()
                        .orElse(null));
                label.clear();
                notice(getTranslation("posting.address-saved", kept.label()), NotificationVariant.SUCCESS);
            } catch (ApiProblem problem) {
                form.show(problem);
            }
        });
        Div row = new Div(label, save);
        row.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        return row;
    }

    /** 发布 and 存草稿; a draft being continued can also be discarded. */
    private Div buttons(JobForm form) {
        Button publish = new Button(getTranslation("posting.publish"), VaadinIcon.CHECK.create(),
                click -> send(form, false));
        publish.setId("job-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        Button draft = new Button(getTranslation("posting.save-draft"), VaadinIcon.FILE_TEXT_O.create(),
                click -> send(form, true));
        draft.setId("job-save-draft");
        Div row = new Div(publish, draft);
        if (continuing && from != null) {
            Button discard = new Button(getTranslation("posting.discard"), VaadinIcon.TRASH.create(), click -> {
                try {
                    api.delete(Void.class, MY_JOB, city, from.id());
                } catch (ApiProblem problem) {
                    form.show(problem);
                    return;
                }
                done(getTranslation("posting.discarded"));
            });
            discard.setId("job-discard");
            discard.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            row.add(discard);
        }
        row.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.SMALL);
        return row;
    }

    /**
     * A new job is posted open or as a draft; a continued draft is saved first, then published if asked, so the
     * job published is the one on the screen.
     */
    private void send(JobForm form, boolean asDraft) {
        form.posting(location, marketId, asDraft, null).ifPresent(posting -> {
            try {
                JobForm.Job job;
                if (continuing && from != null) {
                    job = api.put(JobForm.Job.class, posting, MY_JOB, city, from.id());
                    if (!asDraft) {
                        job = api.post(JobForm.Job.class, null, MY_JOB + "/publish", city, from.id());
                    }
                } else {
                    job = api.post(JobForm.Job.class, posting, "/t/{city}/api/v1/jobs", city);
                }
                done(getTranslation("posting.done." + job.status(), job.title()));
            } catch (ApiProblem problem) {
                form.show(problem);
            }
        });
    }

    /** Back to the company page, whose job list shows the change. */
    private void done(String message) {
        notice(message, NotificationVariant.SUCCESS);
        UI.getCurrent().navigate(EmployerProfileView.class, new RouteParameters("city", city));
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    private static String coordinates(JobForm.Location place) {
        return String.format(Locale.ROOT, "%.5f, %.5f", place.latitude(), place.longitude());
    }
}
