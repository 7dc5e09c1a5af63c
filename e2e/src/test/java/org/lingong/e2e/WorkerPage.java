package org.lingong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.lingong.devstack.Platform;
import org.openqa.selenium.By;

/** The public worker page (附近零工岗位) on a phone: its jobs near a place, and the button that grabs one. */
final class WorkerPage {

    /** The grab button of a job card (登录后抢单 signed out, 抢单 signed in). */
    static final By GRAB = By.cssSelector(".job-card vaadin-button.grab");

    private WorkerPage() {
    }

    /** A phone's viewport (390×844) with no tile server reachable. */
    static Console phone() {
        Console phone = Console.device(390, 844, true);
        phone.blockTiles();
        return phone;
    }

    /**
     * Waits until search finds at least ten of a city's demo jobs near {@code place} ({@code lat=…&lon=…}): they reach
     * search through tenant-core's outbox a little after the city is onboarded.
     */
    static void awaitDemoJobs(String city, String place) throws InterruptedException {
        String nearby = Platform.gatewayUrl() + "/t/" + city + "/api/v1/jobs/nearby?" + place + "&mode=EBIKE&size=1";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (Http.get(nearby, null, Map.of()).body().path("total").asLong() < 10) {
            assertThat(System.nanoTime()).as("search indexed the demo jobs near " + place).isLessThan(deadline);
            Thread.sleep(1000);
        }
    }

    /**
     * The grab button of a job anyone may take: not one reserved for priority groups (公益性岗位, marked by its badge),
     * which only certified workers can grab.
     */
    static final By GRAB_OPEN_TO_ALL = By.cssSelector(".job-card:not(:has(.job-priority)) vaadin-button.grab");

    /** Taps the grab button of the first job open to all (found afresh if the list re-rendered in between). */
    static void grabFirst(Console phone) {
        phone.wait.until(driver -> {
            driver.findElements(GRAB_OPEN_TO_ALL).getFirst().click();
            return true;
        });
    }
}
