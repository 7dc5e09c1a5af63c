package org.lingong.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

class FieldErrorsTests {

    private static ApiProblem problem(Map<String, String> errors) {
        return new ApiProblem(400, "载体信息有误", null, errors);
    }

    @Test
    void anErrorShowsAtItsOwnFieldOrElseAtItsNearestBoundParent() {
        TextField name = new TextField();
        TimePicker hours = new TimePicker();
        TextField close = new TextField();
        FieldErrors errors = new FieldErrors().bind("name", name).bind("openingHours", hours)
                .bind("openingHours.weekly[MONDAY][0].close", close);

        boolean shown = errors.show(problem(Map.of("name", "名称不能为空",
                "openingHours.weekly[MONDAY][0].open", "开放时间须填写开始和结束时间",
                "openingHours.weekly[MONDAY][0].close", "须填写结束时间")));

        assertThat(shown).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("名称不能为空");
        assertThat(hours.getErrorMessage()).isEqualTo("开放时间须填写开始和结束时间");
        assertThat(close.getErrorMessage()).isEqualTo("须填写结束时间");

        errors.clear();
        assertThat(name.isInvalid()).isFalse();
        assertThat(hours.isInvalid()).isFalse();
        assertThat(hours.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void anErrorNoFieldIsBoundForIsLeftToTheCaller() {
        TextField name = new TextField();
        FieldErrors errors = new FieldErrors().bind("name", name);

        assertThat(errors.show(problem(Map.of("names", "x", "latitude", "纬度须在 3 到 54 之间")))).isFalse();
        assertThat(name.isInvalid()).isFalse();
    }
}
