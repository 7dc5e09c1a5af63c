package org.lingong.core.people.checks;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.lingong.common.i18n.China;

/** Reports the precise reason a worker's ID number fails, each with its own message. */
public class ValidIdNumberValidator implements ConstraintValidator<ValidIdNumber, String> {

    private static final ZoneId CHINA = China.ZONE;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return ResidentIdNumber.checkWorker(ResidentIdNumber.normalize(value), LocalDate.now(CHINA))
                .map(problem -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}").addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }
}
