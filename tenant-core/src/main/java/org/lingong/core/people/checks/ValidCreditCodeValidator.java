package org.lingong.core.people.checks;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ValidCreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CreditCode.check(CreditCode.normalize(value)).orElse(null) != CreditCode.Problem.FORMAT;
    }
}
