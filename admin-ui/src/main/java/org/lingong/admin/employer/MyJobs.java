package org.lingong.admin.employer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lingong.admin.api.PlatformApi;
import org.lingong.admin.nearby.JobTexts;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexDirection;
import com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;

/**
 * 我的岗位: the employer's own jobs, newest first ({@code GET /api/v1/employers/me/jobs}), drafts included, those the
 * station posted on its behalf (代发布) marked so, each published one linking to its orders ({@link JobOrdersView})
 * and to posting it again, each draft to continuing it ({@link EmployerPostingView}).
 * Titles are text, never HTML.
 */
class MyJobs extends Div {

    record Job(UUID id, String title, String status, String poster, Instant startsAt) {
    }

    record JobPage(List<Job> items, long total) {
    }

    MyJobs(PlatformApi api, String city) {
        setId("employer-jobs");
        addClassNames(Display.FLEX, FlexDirection.COLUMN, Gap.XSMALL);
        H3 heading = new H3(getTranslation("employer.me.jobs"));
        heading.addClassNames(FontSize.MEDIUM, Margin.NONE);
        RouterLink post = new RouterLink(getTranslation("employer.me.jobs.new"), EmployerPostingView.class,
                new RouteParameters("city", city));
        post.setId("post-job");
        Div top = new Div(heading, post);
        top.addClassNames(Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.MEDIUM);
        add(top);
        List<Job> jobs = mine(api, city);
        if (jobs.isEmpty()) {
            add(new Paragraph(getTranslation("employer.me.jobs.none")));
        }
        jobs.forEach(job -> add(row(job, city)));
    }

    /** The employer's newest jobs. */
    static List<Job> mine(PlatformApi api, String city) {
        return api.get(JobPage.class, "/t/{city}/api/v1/employers/me/jobs?page=0&size=50", city).items();
    }

    private Div row(Job job, String city) {
        Span title = new Span(job.title());
        title.addClassNames(FontWeight.SEMIBOLD);
        Span when = new Span(JobTexts.startTime(job.startsAt(), getLocale()));
        when.addClassNames(FontSize.SMALL, TextColor.SECONDARY);
        Badge status = new Badge(getTranslation("job.status." + job.status()));
        Div row = new Div(title, when, status);
        if ("STAFF".equals(job.poster())) {
            Badge proxy = new Badge(getTranslation("employer.me.jobs.proxy"));
            proxy.addClassName("proxy");
            proxy.addThemeVariants(BadgeVariant.CONTRAST);
            row.add(proxy);
        }
        // A draft is continued; any other job can be posted again with new times.
        boolean draft = "DRAFT".equals(job.status());
        RouterLink again = new RouterLink(getTranslation(draft ? "employer.me.jobs.continue" : "employer.me.jobs.again"),
                EmployerPostingView.class, new RouteParameters("city", city));
        again.setQueryParameters(QueryParameters.of(draft ? "draft" : "from", job.id().toString()));
        again.addClassName(draft ? "job-continue-link" : "job-again-link");
        again.getStyle().set("margin-left", "auto");
        row.add(again);
        if (!draft) {
            RouterLink orders = new RouterLink(getTranslation("employer.me.jobs.orders"), JobOrdersView.class,
                    new RouteParameters(Map.of("city", city, "job", job.id().toString())));
            orders.addClassName("job-orders-link");
            row.add(orders);
        }
        row.addClassNames("employer-job", Display.FLEX, FlexWrap.WRAP, AlignItems.BASELINE, Gap.SMALL);
        row.getElement().setAttribute("data-id", job.id().toString());
        return row;
    }
}
