package org.lingong.core.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Where a tenant's maps open: a WGS-84 point, usually the seat of the city or district government. */
@Embeddable
public record Center(
        @Column(name = "center_latitude") @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Column(name = "center_longitude") @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
