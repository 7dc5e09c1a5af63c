package org.lingong.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.common.i18n.Languages;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.server.ResponseStatusException;

class ProblemsTests {

    private final Problems problems = new Problems();

    @Test
    void aProblemCarriesItsTypeTitlesInBothLanguagesRequestIdFieldErrorsAndMembers() {
        ProblemException refusal = new ProblemException(ProblemType.UNKNOWN_CATEGORY, "painter", "cleaning, moving")
                .withFieldError("category", "工种“painter”不存在")
                .with("validCodes", List.of("cleaning", "moving"));
        ProblemDetail detail = problems.detail(refusal, Languages.CHINESE, "/api/v1/jobs/nearby", "req-12345678");
        assertThat(detail.getType()).hasToString("https://lingong.org.cn/problems/unknown-category");
        assertThat(detail.getStatus()).isEqualTo(400);
        assertThat(detail.getTitle()).isEqualTo("工种不存在");
        assertThat(detail.getDetail()).isEqualTo("工种“painter”不存在或已停用。可选工种：cleaning, moving");
        assertThat(detail.getInstance()).hasToString("/api/v1/jobs/nearby");
        assertThat(detail.getProperties())
                .containsEntry("titles", Map.of("zh", "工种不存在", "en", "Unknown job category"))
                .containsEntry("requestId", "req-12345678")
                .containsEntry("errors", List.of(new FieldError("category", "工种“painter”不存在")))
                .containsEntry("validCodes", List.of("cleaning", "moving"));
        assertThat(problems.detail(refusal, Languages.ENGLISH, null, null).getTitle()).isEqualTo("Unknown job category");
    }

    @Test
    void theCatalogueDetailWinsAndTheFrameworkDetailOfAClientErrorFillsIn() {
        ProblemException notFound = Problems.translate(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such"));
        assertThat(problems.detail(notFound, Languages.CHINESE, null, null).getDetail()).isEqualTo("请求的地址或资源不存在。");
        ProblemException missing = Problems.translate(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "Required parameter 'lat' is not present."));
        assertThat(missing.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(problems.detail(missing, Languages.CHINESE, null, null).getDetail())
                .isEqualTo("Required parameter 'lat' is not present.");
        ProblemException failed = Problems.translate(new ResponseStatusException(HttpStatus.BAD_GATEWAY, "secret"));
        assertThat(problems.detail(failed, Languages.ENGLISH, null, null).getDetail()).doesNotContain("secret");
    }

    @Test
    void frameworkErrorsKeepTheirStatusAndGetTheCataloguesType() {
        assertThat(Problems.translate(new ResponseStatusException(HttpStatus.NOT_FOUND)).type())
                .isEqualTo(ProblemType.NOT_FOUND);
        assertThat(Problems.translate(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)).type())
                .isEqualTo(ProblemType.GATEWAY_TIMEOUT);
        assertThat(Problems.translate(new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).type())
                .isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        ProblemException teapot = Problems.translate(new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT));
        assertThat(teapot.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(teapot.status().value()).isEqualTo(418);
        ProblemException unreadable = Problems.translate(new HttpMessageNotReadableException("JSON parse error",
                new MockHttpInputMessage(new byte[0])));
        assertThat(unreadable.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(unreadable.status().value()).isEqualTo(400);
        TypeMismatchException mismatch = new TypeMismatchException("11010519491231002X", java.util.UUID.class);
        mismatch.initPropertyName("id");
        ProblemException notAnId = Problems.translate(mismatch);
        assertThat(notAnId.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
        assertThat(notAnId.status().value()).isEqualTo(400);
        assertThat(notAnId.fieldErrors()).extracting(FieldError::field).containsExactly("id");
        assertThat(notAnId.arguments()).containsExactly("id", "110105194912…", "UUID");
        ProblemException wrongMethod = Problems.translate(new HttpRequestMethodNotSupportedException("DELETE",
                List.of("GET")));
        assertThat(wrongMethod.type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(wrongMethod.headers().getAllow()).containsExactly(HttpMethod.GET);
    }

    @Test
    void beanValidationFindingsBecomeFieldErrors() throws NoSuchMethodException {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Object(), "request");
        binding.addError(new org.springframework.validation.FieldError("request", "admin.email", "须为电子邮件地址"));
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("accept", Object.class), 0);
        ProblemException invalid = Problems.translate(new MethodArgumentNotValidException(parameter, binding));
        assertThat(invalid.type()).isEqualTo(ProblemType.INVALID_REQUEST);
        assertThat(invalid.fieldErrors()).containsExactly(new FieldError("admin.email", "须为电子邮件地址"));
    }

    @SuppressWarnings("unused")
    private void accept(Object request) {
    }

    @Test
    void securityErrorsAreRefusalsWithTheirChallenge() {
        ProblemException noToken = Problems.translate(new InsufficientAuthenticationException("no token"));
        assertThat(noToken.type()).isEqualTo(ProblemType.AUTHENTICATION_REQUIRED);
        assertThat(noToken.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        ProblemException badToken = Problems.translate(new InvalidBearerTokenException("expired"));
        assertThat(badToken.type()).isEqualTo(ProblemType.INVALID_TOKEN);
        assertThat(badToken.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        assertThat(Problems.translate(new AuthenticationServiceException("JWKS unreachable")).type())
                .isEqualTo(ProblemType.IDENTITY_UNAVAILABLE);
        assertThat(Problems.translate(new AccessDeniedException("no")).type()).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void unreachableDependenciesAre503AndBugsAre500() {
        assertThat(Problems.translate(new IllegalStateException("wrapped", new ConnectException("refused"))).type())
                .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(Problems.translate(new ResourceAccessException("timeout")).type())
                .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(Problems.translate(new OptimisticLockingFailureException("raced")).type())
                .isEqualTo(ProblemType.CONCURRENT_CHANGE);
        assertThat(Problems.translate(new DataIntegrityViolationException("duplicate key")).type())
                .isEqualTo(ProblemType.ALREADY_EXISTS);
        ProblemException bug = Problems.translate(new IllegalStateException("a bug"));
        assertThat(bug.type()).isEqualTo(ProblemType.INTERNAL_ERROR);
        assertThat(bug.status().value()).isEqualTo(500);
    }

    @Test
    void parametersTheContainerCannotDecodeAreTheClientsMalformedRequest() {
        // Tomcat's InvalidParameterException for a query escape that is not UTF-8, caused by the decoder's error.
        ProblemException problem = Problems.translate(new IllegalStateException("Character decoding failed",
                new java.nio.charset.MalformedInputException(2)));
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(problem.status().value()).isEqualTo(400);
    }

    @Test
    void membersThatProblemsWritesCannotBeReplaced() {
        ProblemException problem = new ProblemException(ProblemType.NOT_FOUND);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> problem.with("errors", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
