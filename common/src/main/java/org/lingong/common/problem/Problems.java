package org.lingong.common.problem;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lingong.common.i18n.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Builds every problem detail after the scheme of {@code package-info.java}, and maps any error to its problem
 * ({@link #translate}). Stateless apart from the catalogue's texts: one instance serves a whole service.
 */
public final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final boolean SECURITY = ClassUtils.isPresent(
            "org.springframework.security.core.AuthenticationException", Problems.class.getClassLoader());
    private static final boolean DATA_ACCESS = ClassUtils.isPresent(
            "org.springframework.dao.DataAccessException", Problems.class.getClassLoader());

    private final MessageSource texts;

    public Problems() {
        ResourceBundleMessageSource catalogue = new ResourceBundleMessageSource();
        catalogue.setBasename("org.lingong.common.problem.problems");
        catalogue.setDefaultEncoding("UTF-8");
        // problems.properties is Chinese: never fall back to the JVM's language instead.
        catalogue.setFallbackToSystemLocale(false);
        // Every text is a MessageFormat pattern, with or without arguments, so it reads the same either way.
        catalogue.setAlwaysUseMessageFormat(true);
        this.texts = catalogue;
    }

    /**
     * The problem detail of {@code problem}, answered in {@code language} ({@link Languages#of}).
     *
     * @param instance  the request path, or null
     * @param requestId the request's id, or null
     */
    public ProblemDetail detail(ProblemException problem, Locale language, @Nullable String instance,
            @Nullable String requestId) {
        ProblemType type = problem.type();
        Object[] arguments = problem.arguments();
        ProblemDetail body = ProblemDetail.forStatus(problem.status());
        body.setType(type.uri());
        body.setTitle(title(type, language, arguments));
        String detail = text(type.slug() + ".detail", language, arguments);
        body.setDetail(detail != null ? detail : problem.frameworkDetail());
        if (instance != null) {
            body.setInstance(URI.create(instance));
        }
        body.setProperty("titles", titles(type, arguments));
        if (requestId != null) {
            body.setProperty("requestId", requestId);
        }
        if (!problem.fieldErrors().isEmpty()) {
            body.setProperty("errors", problem.fieldErrors().stream().map(error -> error.message() != null ? error
                    : new FieldError(error.field(), body.getTitle())).toList());
        }
        problem.properties().forEach(body::setProperty);
        return body;
    }

    /** The type's title in {@code language}: Chinese unless {@link Languages#isEnglish}. */
    public String title(ProblemType type, Locale language, Object... arguments) {
        String title = text(type.slug() + ".title", Languages.isEnglish(language) ? Languages.ENGLISH
                : Languages.CHINESE, arguments);
        if (title == null) {
            throw new IllegalStateException("The problem catalogue has no title for " + type.slug());
        }
        return title;
    }

    /** The type's title in both languages: {@code {"zh": …, "en": …}}. */
    public Map<String, String> titles(ProblemType type, Object... arguments) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("zh", title(type, Languages.CHINESE, arguments));
        titles.put("en", title(type, Languages.ENGLISH, arguments));
        return titles;
    }

    private @Nullable String text(String key, Locale language, Object[] arguments) {
        return texts.getMessage(key, arguments, null, language);
    }

    /**
     * The problem any error stands for. A {@link ProblemException} is itself; an error of the framework keeps its
     * status and gets the catalogue's type for it ({@link #forStatus}), with its own detail and field errors;
     * security and data-access errors get their types; an unreachable dependency is a 503; anything else is a 500
     * {@code internal-error}, logged with its stack trace (and never shown to the caller).
     */
    public static ProblemException translate(Throwable error) {
        if (error instanceof ProblemException problem) {
            if (problem.status().is5xxServerError()) {
                log.warn("{} {}", problem.status().value(), problem.type().slug(), problem.getCause());
            }
            return problem;
        }
        if (error instanceof ErrorResponse response) {
            return fromFramework(response, error);
        }
        // Spring's own client errors that are no ErrorResponse: a body or a parameter it cannot read.
        if (error instanceof HttpMessageNotReadableException) {
            return new ProblemException(ProblemType.INVALID_REQUEST, HttpStatus.BAD_REQUEST, error)
                    .withFrameworkDetail("Failed to read request");
        }
        // The servlet container could not decode the request's parameters (escapes that are not UTF-8): the client's.
        if (hasCause(error, CharacterCodingException.class)) {
            return new ProblemException(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, error);
        }
        if (error instanceof TypeMismatchException mismatch && !(error instanceof ConversionNotSupportedException)) {
            String parameter = String.valueOf(mismatch.getPropertyName());
            return new ProblemException(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST, error, parameter,
                    shortened(mismatch.getValue()), expected(mismatch.getRequiredType())).withFieldError(parameter);
        }
        if (SECURITY) {
            ProblemException security = SecurityErrors.translate(error);
            if (security != null) {
                return security;
            }
        }
        if (DATA_ACCESS) {
            ProblemException data = DataAccessErrors.translate(error);
            if (data != null) {
                return data;
            }
        }
        if (error instanceof ResourceAccessException || hasCause(error, ConnectException.class)
                || hasCause(error, UnknownHostException.class) || closedBeforeAnswering(error)) {
            log.warn("A dependency is unreachable: {}", error.toString());
            return ProblemException.causedBy(error, ProblemType.SERVICE_UNAVAILABLE);
        }
        log.error("Unexpected error while handling a request", error);
        return ProblemException.causedBy(error, ProblemType.INTERNAL_ERROR);
    }

    /**
     * A proxied service closed the connection before it answered (Reactor Netty's {@code PrematureCloseException},
     * named here so that servlet services need not carry Netty): the dependency is unavailable, not this service
     * broken.
     */
    private static boolean closedBeforeAnswering(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("reactor.netty.http.client.PrematureCloseException")) {
                return true;
            }
        }
        return false;
    }

    /** A value as a problem quotes it: at most 12 characters, so a 3,000-character path segment comes back short. */
    private static String shortened(@Nullable Object value) {
        String text = String.valueOf(value);
        return text.codePointCount(0, text.length()) <= 12 ? text : text.substring(0, text.offsetByCodePoints(0, 12))
                + "…";
    }

    /** What a parameter of this type accepts, in the words of the API's documentation. */
    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true / false";
        }
        if (type == java.time.LocalDate.class) {
            return "yyyy-MM-dd";
        }
        if (type.isEnum()) {
            return String.join(" / ", java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        return type.getSimpleName();
    }

    /**
     * The catalogue's type for a bare HTTP status, as the framework raises it: its own type where the catalogue has
     * one, {@code invalid-request} for any other 4xx and {@code internal-error} for any other 5xx.
     */
    public static ProblemType forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known != null) {
            for (ProblemType type : FRAMEWORK_TYPES) {
                if (type.status() == known) {
                    return type;
                }
            }
        }
        return status.is4xxClientError() ? ProblemType.INVALID_REQUEST : ProblemType.INTERNAL_ERROR;
    }

    /** The types that stand for a status of their own, in the order {@link #forStatus} tries them. */
    private static final List<ProblemType> FRAMEWORK_TYPES = List.of(ProblemType.INVALID_REQUEST,
            ProblemType.AUTHENTICATION_REQUIRED, ProblemType.FORBIDDEN, ProblemType.NOT_FOUND,
            ProblemType.METHOD_NOT_ALLOWED, ProblemType.NOT_ACCEPTABLE, ProblemType.CONTENT_TOO_LARGE,
            ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.RATE_LIMITED, ProblemType.INTERNAL_ERROR,
            ProblemType.SERVICE_UNAVAILABLE, ProblemType.GATEWAY_TIMEOUT);

    private static ProblemException fromFramework(ErrorResponse response, Throwable error) {
        HttpStatusCode status = response.getStatusCode();
        ProblemType type = forStatus(status);
        if (status.is5xxServerError()) {
            log.warn("Request failed with status {}: {}", status.value(), error.toString());
        }
        ProblemException problem = new ProblemException(type, status, error)
                .withFrameworkDetail(status.is4xxClientError() ? response.getBody().getDetail() : null)
                .withFieldErrors(fieldErrors(error));
        response.getHeaders().forEach((name, values) -> values.forEach(value -> problem.withHeader(name, value)));
        return problem;
    }

    /** Bean Validation's findings on a request body or on handler parameters, as {@code errors}. */
    private static List<FieldError> fieldErrors(Throwable error) {
        List<FieldError> errors = new ArrayList<>();
        if (error instanceof BindingResult binding) {
            binding.getFieldErrors().forEach(field -> errors.add(new FieldError(field.getField(),
                    String.valueOf(field.getDefaultMessage()))));
        }
        if (error instanceof HandlerMethodValidationException validation) {
            validation.getParameterValidationResults().forEach(result -> {
                for (MessageSourceResolvable resolvable : result.getResolvableErrors()) {
                    errors.add(new FieldError(String.valueOf(result.getMethodParameter().getParameterName()),
                            String.valueOf(resolvable.getDefaultMessage())));
                }
            });
        }
        return errors;
    }

    static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
