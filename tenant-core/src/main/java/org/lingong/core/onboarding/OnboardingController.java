package org.lingong.core.onboarding;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opening a city is one request: {@code POST /api/v1/platform/onboardings} answers 202 at once with the progress
 * document to poll. Sending the same request again is safe: it reports, or resumes a failed run.
 */
@RestController
class OnboardingController {

    private final Onboarder onboarder;

    OnboardingController(Onboarder onboarder) {
        this.onboarder = onboarder;
    }

    @PostMapping("/api/v1/platform/onboardings")
    ResponseEntity<OnboardingProgress> onboard(@Valid @RequestBody OnboardingRequest request) {
        OnboardingProgress progress = onboarder.start(request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/platform/onboardings/" + request.code()))
                .body(progress);
    }

    @GetMapping("/api/v1/platform/onboardings/{code}")
    OnboardingProgress progress(@PathVariable String code) {
        return onboarder.progress(code);
    }
}
