package org.lingong.admin.dispatch;

import java.util.Map;

import org.lingong.admin.api.ApiProblem;
import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.api.ProblemNotice;
import org.lingong.admin.branding.Brand;
import org.lingong.admin.nearby.CityDirectory;
import org.lingong.admin.nearby.CityDirectory.Carrier;
import org.lingong.admin.security.SignedInUser;
import org.lingong.common.tenant.Roles;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * 签到大屏: a market's check-in QR code full screen, for a display at the market's entrance. It is a staff page, not a
 * public one: the code is what proves a worker stands at the market, and a public page would hand it to anyone online,
 * so the display runs signed in as the market's station staff — the sign-in is the kiosk's identity. The code changes
 * every minute; the page polls every {@value #POLL_SECONDS} s and fetches the next code once the shown one rotated.
 */
@Route("city/check-in-screen/:market")
@RolesAllowed({Roles.CITY_ADMIN, Roles.STATION_STAFF})
public class CheckInScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_SECONDS = 5;

    private final transient PlatformApi api;
    private final String tenant;
    private final DeskApi desk;
    private final LiveCheckInCode checkInCode;
    private Carrier market;
    private Registration polling;

    public CheckInScreenView(PlatformApi api, AuthenticationContext authentication) {
        this.api = api;
        this.tenant = SignedInUser.current(authentication).tenant().orElseThrow();
        this.desk = new DeskApi(api, tenant);
        this.checkInCode = new LiveCheckInCode(getTranslation("dispatch.qr.caption"));
        setId("check-in-screen");
        getStyle().set("position", "fixed").set("inset", "0").set("display", "flex").set("flex-direction", "column")
                .set("align-items", "center").set("justify-content", "center").set("gap", "3vh")
                .set("background", "#FFFFFF").set("color", "#0E1A2B").set("overflow", "hidden");
    }

    /** The page's address for a market. */
    static String path(long market) {
        return "city/check-in-screen/" + market;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("market").orElseThrow();
        try {
            long marketId = Long.parseLong(id);
            market = CityDirectory.market(api, tenant, marketId).orElseThrow(() ->
                    new ApiProblem(404, getTranslation("screen.no-market", id), null, Map.of()));
        } catch (NumberFormatException | ApiProblem problem) {
            market = null;
            add(ProblemNotice.inPlace(problem instanceof ApiProblem found ? found
                    : new ApiProblem(404, getTranslation("screen.no-market", id), null, Map.of())));
            return;
        }
        H1 name = new H1(market.name());
        name.setId("check-in-screen-market");
        name.getStyle().set("font-size", "6vh").set("margin", "0");
        Span caption = new Span(getTranslation("dispatch.screen.caption"));
        caption.getStyle().set("font-size", "4.5vh").set("font-weight", "600");
        checkInCode.qr.setWidth("min(62vh, 90vw)");
        checkInCode.qr.setHeight("min(62vh, 90vw)");
        checkInCode.code.getStyle().set("font-size", "2.2vh").set("color", "#5A6B80");
        Span rotates = new Span(getTranslation("dispatch.screen.rotates"));
        rotates.getStyle().set("font-size", "2.2vh").set("color", "#5A6B80");
        add(name, caption, checkInCode.qr, checkInCode.code, rotates);
        checkInCode.show(desk, market.id());
    }

    @Override
    public String getPageTitle() {
        return Brand.title(market == null ? getTranslation("dispatch.screen.title") : market.name());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_SECONDS * 1000);
        polling = attach.getUI().addPollListener(poll -> {
            if (market != null) {
                checkInCode.show(desk, market.id());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }
}
