package org.lingong.admin.branding;

import java.util.List;

import org.lingong.admin.MainLayout;
import org.lingong.admin.maps.LeafletMap;
import org.lingong.admin.maps.MapSettings;
import org.lingong.admin.maps.MapTiles;
import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.FieldErrors;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.api.TenantProfile;
import org.lingong.admin.api.TenantProfile.Branding;
import org.lingong.admin.api.TenantProfile.Center;
import org.springframework.http.MediaType;
import org.lingong.admin.security.PagePolicies;
import org.lingong.admin.security.SignedInUser;
import org.lingong.admin.uploads.LimitedUpload;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

import jakarta.annotation.security.RolesAllowed;

/**
 * The bureau's branding — brand name, logo, primary and accent colours, hotline, the map tiles of its public pages —
 * with a preview that follows every keystroke. Saving goes through the API (its field errors show at the fields) and
 * the console wears the new brand at once. A logo is an address (https://…) or an uploaded image: the API keeps the
 * image, checks it and points the logo address at it, so the upload takes effect at once. The tiles preview is a map
 * of the city with the typed tiles; whether their first tile loads is the live check (no server, a wrong key). Its page
 * admits any https image, so the preview can show what is typed ({@link PagePolicies}).
 */
@Route(value = "city/branding", layout = MainLayout.class)
@RolesAllowed(Roles.CITY_ADMIN)
public class BrandingView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

    private static final String UPLOADED_LOGO = "/api/v1/tenant/logo";
    /** The API's own limit for a logo: a bigger image is refused here before it is sent on. */
    static final int MAX_LOGO_BYTES = 256 * 1024;

    private final transient PlatformApi api;
    private final MapSettings maps;
    private final String tenant;
    private Center center;
    private MapTiles shownTiles;
    private Boolean tilesLoaded;
    private final TextField brandName = new TextField();
    private final TextField logoUrl = new TextField();
    private final TextField primaryColor = new TextField();
    private final TextField accentColor = new TextField();
    private final TextField hotline = new TextField();
    private final LimitedUpload logoUpload = new LimitedUpload(MAX_LOGO_BYTES,
            (metadata, file) -> uploadLogo(metadata.contentType(), file));
    private final Button removeLogo = new Button(VaadinIcon.TRASH.create(), click -> removeLogo());
    private final TextField tileUrl = new TextField();
    private final TextField tileSubdomains = new TextField();
    private final TextField tileAttribution = new TextField();
    private final IntegerField tileMaxZoom = new IntegerField();
    private final Select<String> tileCoordinates = new Select<>();
    private final LeafletMap tilePreview;
    private final Span tileStatus = new Span();
    private final FieldErrors errors = new FieldErrors();
    private final Div preview = new Div();

    public BrandingView(PlatformApi api, MapSettings maps, AuthenticationContext authentication) {
        this.api = api;
        this.maps = maps;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        errors.bind("brandName", brandName).bind("logoUrl", logoUrl).bind("primaryColor", primaryColor)
                .bind("accentColor", accentColor).bind("hotline", hotline)
                .bind("mapTiles.urlTemplate", tileUrl).bind("mapTiles.subdomains", tileSubdomains)
                .bind("mapTiles.attribution", tileAttribution).bind("mapTiles.maxZoom", tileMaxZoom);
        brandName.setId("brand-name");
        logoUrl.setId("logo-url");
        primaryColor.setId("primary-color");
        accentColor.setId("accent-color");
        hotline.setId("hotline");
        preview.setId("branding-preview");
        for (TextField field : List.of(brandName, logoUrl, primaryColor, accentColor, hotline)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(change -> showPreview());
        }
        logoUpload.setId("logo-upload");
        logoUpload.setDropAllowed(false);
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        removeLogo.setId("remove-logo");
        removeLogo.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        tileUrl.setId("tile-url");
        tileSubdomains.setId("tile-subdomains");
        tileAttribution.setId("tile-attribution");
        tileMaxZoom.setId("tile-max-zoom");
        tileMaxZoom.setMin(1);
        tileMaxZoom.setMax(22);
        tileMaxZoom.setStepButtonsVisible(true);
        tileCoordinates.setId("tile-coordinates");
        tileCoordinates.setItems("WGS84", "GCJ02");
        tileCoordinates.setValue("WGS84");
        for (TextField field : List.of(tileUrl, tileSubdomains, tileAttribution)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> showTiles());
        }
        tileMaxZoom.addValueChangeListener(change -> showTiles());
        tileCoordinates.addValueChangeListener(change -> showTiles());
        tilePreview = new LeafletMap(maps.forCity(tenant, Branding.NONE));
        tilePreview.setId("tile-preview");
        tilePreview.setWidthFull();
        tilePreview.setHeight("200px");
        tilePreview.onTilesLoaded(this::tilesLoaded);
        tileStatus.setId("tile-status");
        tileStatus.addClassNames(FontSize.SMALL);
        try {
            TenantProfile profile = api.get(TenantProfile.class, "/t/{tenant}/api/v1/tenant", tenant);
            center = profile.center();
            show(profile.brandingOrNone());
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        PagePolicies.admitAnyImage(attach.getUI(), RouteConfiguration.forSessionScope().getUrl(BrandingView.class));
    }

    @Override
    public String getPageTitle() {
        return Brand.title(getTranslation("branding.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        event.getUI().getPage().setTitle(getPageTitle());
        removeAll();
        brandName.setLabel(getTranslation("branding.brand-name"));
        logoUrl.setLabel(getTranslation("branding.logo-url"));
        logoUrl.setHelperText(getTranslation("branding.logo-url.help"));
        primaryColor.setLabel(getTranslation("branding.primary-color"));
        accentColor.setLabel(getTranslation("branding.accent-color"));
        hotline.setLabel(getTranslation("branding.hotline"));
        logoUpload.label(getTranslation("branding.logo.upload"), null);
        removeLogo.setText(getTranslation("branding.logo.remove"));
        Div logoRow = new Div(logoUrl, logoUpload, removeLogo);
        logoRow.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        logoUrl.getStyle().set("flex", "1 1 16rem");
        FormLayout form = new FormLayout(brandName, logoRow, primaryColor, accentColor, hotline);
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        form.setMaxColumns(1);
        // Wide enough for a logo address with its upload button beside it.
        form.setColumnWidth("26rem");

        tileUrl.setLabel(getTranslation("branding.tiles.url"));
        tileUrl.setHelperText(getTranslation("branding.tiles.url.help"));
        tileSubdomains.setLabel(getTranslation("branding.tiles.subdomains"));
        tileAttribution.setLabel(getTranslation("branding.tiles.attribution"));
        tileMaxZoom.setLabel(getTranslation("branding.tiles.max-zoom"));
        tileCoordinates.setLabel(getTranslation("branding.tiles.coordinates"));
        tileCoordinates.setItemLabelGenerator(value -> getTranslation("branding.tiles.coordinates." + value));
        FormLayout tiles = new FormLayout(tileUrl, tileSubdomains, tileAttribution, tileMaxZoom, tileCoordinates);
        tiles.setAutoResponsive(true);
        tiles.setExpandFields(true);
        tiles.setMaxColumns(2);
        tiles.setColumnWidth("12.5rem");
        tiles.setColspan(tileUrl, 2);
        tiles.setColspan(tileAttribution, 2);
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-branding");

        VerticalLayout editor = new VerticalLayout(form, new H3(getTranslation("branding.tiles")), tiles, save);
        editor.setPadding(false);
        editor.getStyle().set("flex", "1 1 22rem");
        Div previewBox = new Div(new Span(getTranslation("branding.preview")), preview);
        if (center != null && center.latitude() != null) {
            Span tilesTitle = new Span(getTranslation("branding.tiles.preview"));
            tilesTitle.addClassNames(Display.BLOCK, Padding.Top.LARGE);
            previewBox.add(tilesTitle, tilePreview, tileStatus);
        }
        previewBox.getStyle().set("flex", "1 1 22rem");
        Div columns = new Div(editor, previewBox);
        columns.addClassNames(Display.FLEX, FlexWrap.WRAP, Gap.XLARGE);
        columns.setWidthFull();
        add(new H2(getTranslation("branding.title")), columns);
        showPreview();
        showTiles();
        showTileStatus();
    }

    private void show(Branding branding) {
        brandName.setValue(orEmpty(branding.brandName()));
        logoUrl.setValue(orEmpty(branding.logoUrl()));
        primaryColor.setValue(orEmpty(branding.primaryColor()));
        accentColor.setValue(orEmpty(branding.accentColor()));
        hotline.setValue(orEmpty(branding.hotline()));
        TenantProfile.MapTiles own = branding.mapTiles();
        tileUrl.setValue(own == null ? "" : orEmpty(own.urlTemplate()));
        tileSubdomains.setValue(own == null ? "" : orEmpty(own.subdomains()));
        tileAttribution.setValue(own == null ? "" : orEmpty(own.attribution()));
        tileMaxZoom.setValue(own == null ? null : own.maxZoom());
        tileCoordinates.setValue(own == null || own.coordinates() == null ? "WGS84" : own.coordinates());
    }

    private Branding entered() {
        return new Branding(blankToNull(brandName), blankToNull(logoUrl), blankToNull(primaryColor),
                blankToNull(accentColor), blankToNull(hotline), enteredTiles());
    }

    /** No address: no tiles of the city's own, the platform's default. */
    private TenantProfile.MapTiles enteredTiles() {
        String url = blankToNull(tileUrl);
        return url == null ? null : new TenantProfile.MapTiles(url, blankToNull(tileSubdomains),
                blankToNull(tileAttribution), tileMaxZoom.getValue(), tileCoordinates.getValue());
    }

    /** A miniature of the city's pages: its header in the primary colour, an action in the accent colour. */
    private void showPreview() {
        Branding branding = entered();
        preview.removeAll();
        HorizontalLayout header = new HorizontalLayout();
        header.setAlignItems(Alignment.CENTER);
        header.addClassNames(Padding.MEDIUM, BorderRadius.MEDIUM);
        header.getStyle().set("color", "white")
                .set("background", Brand.colour(branding.primaryColor()).orElse("var(--lumo-primary-color)"));
        if (branding.logoUrl() != null) {
            Image logo = new Image(branding.logoUrl(), getTranslation("branding.logo"));
            logo.setHeight("2.5rem");
            header.add(logo);
        }
        Span name = new Span(branding.brandName() == null ? getTranslation("app.brand") : branding.brandName());
        name.setId("preview-brand-name");
        name.addClassNames(FontSize.XLARGE, FontWeight.SEMIBOLD);
        header.add(name);

        Span hotlineText = new Span(branding.hotline() == null ? ""
                : getTranslation("branding.preview.hotline", branding.hotline()));
        hotlineText.setId("preview-hotline");
        Button action = new Button(getTranslation("branding.preview.action"));
        action.getStyle().set("color", "white")
                .set("background", Brand.colour(branding.accentColor()).orElse("var(--lumo-primary-color)"));
        Div body = new Div(hotlineText, action);
        body.addClassNames(Display.FLEX, AlignItems.CENTER, Gap.MEDIUM, Padding.MEDIUM, FlexWrap.WRAP);
        preview.add(header, body);
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        preview.addClassNames(BorderRadius.MEDIUM);
        removeLogo.setVisible(branding.logoUrl() != null && branding.logoUrl().contains(UPLOADED_LOGO));
    }

    /** The city's centre on the typed tiles (or the platform's, when none are typed); the map reports the result. */
    private void showTiles() {
        if (center == null || center.latitude() == null) {
            return;
        }
        MapTiles tiles = maps.forCity(tenant, new Branding(null, null, null, null, null, enteredTiles()));
        if (tiles.equals(shownTiles)) {
            // The map reports once per tile address: the same tiles again keep the answer it gave.
            return;
        }
        shownTiles = tiles;
        tilesLoaded = null;
        tilePreview.setTiles(tiles);
        String colour = Brand.colour(primaryColor.getValue()).orElseGet(Brand::primaryColour);
        tilePreview.show(new LeafletMap.Pin(center.latitude(), center.longitude(), Brand.name()), 1500, List.of(),
                colour);
        showTileStatus();
    }

    private void tilesLoaded(boolean loaded) {
        tilesLoaded = loaded;
        showTileStatus();
    }

    private void showTileStatus() {
        boolean own = enteredTiles() != null;
        String key = tilesLoaded == null ? (own ? "loading" : "default")
                : tilesLoaded ? "loaded" : own ? "failed" : "default.unreachable";
        tileStatus.setText(getTranslation("branding.tiles." + key));
        tileStatus.removeClassNames(TextColor.SECONDARY, TextColor.SUCCESS, TextColor.ERROR);
        tileStatus.addClassNames(Boolean.TRUE.equals(tilesLoaded) ? TextColor.SUCCESS
                : Boolean.FALSE.equals(tilesLoaded) && own ? TextColor.ERROR : TextColor.SECONDARY);
    }

    /** The API checks the image (type by its bytes, size) and points the logo address at it. */
    private void uploadLogo(String contentType, byte[] file) {
        try {
            TenantProfile saved = api.putFile(TenantProfile.class, file, MediaType.parseMediaType(
                    contentType == null || contentType.isBlank() ? MediaType.APPLICATION_OCTET_STREAM_VALUE : contentType),
                    "/t/{tenant}/api/v1/tenant/branding/logo", tenant);
            logoUrl.setValue(orEmpty(saved.brandingOrNone().logoUrl()));
            wear(saved);
            Notification.show(getTranslation("branding.logo.uploaded"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
        logoUpload.clearFileList();
    }

    private void removeLogo() {
        try {
            TenantProfile saved = api.delete(TenantProfile.class, "/t/{tenant}/api/v1/tenant/branding/logo", tenant);
            logoUrl.setValue(orEmpty(saved.brandingOrNone().logoUrl()));
            wear(saved);
        } catch (ApiProblem problem) {
            ProblemNotice.show(problem);
        }
    }

    /** The console wears what the API saved, at once. */
    private void wear(TenantProfile saved) {
        getUI().ifPresent(ui -> {
            Brand.wear(ui, saved.brandingOrNone());
            ComponentUtil.fireEvent(ui, new BrandingChanged(ui, saved.brandingOrNone()));
            ui.getPage().setTitle(getPageTitle());
        });
    }

    private void save() {
        errors.clear();
        try {
            TenantProfile saved = api.put(TenantProfile.class, entered(), "/t/{tenant}/api/v1/tenant/branding", tenant);
            wear(saved);
            Notification.show(getTranslation("branding.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ApiProblem problem) {
            if (!errors.show(problem)) {
                ProblemNotice.show(problem);
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }
}
