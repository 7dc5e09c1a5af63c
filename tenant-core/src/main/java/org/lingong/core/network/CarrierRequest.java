package org.lingong.core.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A carrier as the client sends it. Coordinates are WGS-84 and must fall in China's rough bounding box; phones are
 * mainland mobile, landline (area code, optional extension), 400 or five-digit service numbers such as 12333.
 */
record CarrierRequest(
        @NotNull(message = "{carrier.kind}") CarrierKind kind,
        MarketLevel marketLevel,
        @Size(max = 50, message = "{carrier.industry}") String industry,
        CoBuiltType coBuiltType,
        @Size(max = 100, message = "{carrier.name}") String name,
        @NotBlank(message = "{carrier.regionCode}") String regionCode,
        @NotNull(message = "{carrier.latitude}") @DecimalMin(value = "3", message = "{carrier.latitude}")
        @DecimalMax(value = "54", message = "{carrier.latitude}") Double latitude,
        @NotNull(message = "{carrier.longitude}") @DecimalMin(value = "73", message = "{carrier.longitude}")
        @DecimalMax(value = "136", message = "{carrier.longitude}") Double longitude,
        @NotBlank(message = "{carrier.address}") @Size(max = 200, message = "{carrier.address}") String address,
        @NotNull(message = "{carrier.openingHours.weekly}") @Valid OpeningHours openingHours,
        @Size(max = 50) List<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{carrier.service}") String> services,
        @Pattern(regexp = PHONE, message = "{carrier.phone}") String hotline,
        @Pattern(regexp = PHONE, message = "{carrier.phone}") String complaintPhone,
        @Positive(message = "{carrier.area}") Double indoorAreaM2,
        @Size(max = 10) List<@Valid Zone> zones,
        @Size(max = 50) List<@NotBlank @Size(max = 50, message = "{carrier.facility}") String> facilities,
        @NotNull(message = "{carrier.operatorType}") OperatorType operatorType,
        @Size(max = 100, message = "{carrier.operatorAgency}") String operatorAgency,
        @NotNull(message = "{carrier.status}") CarrierStatus status) {

    static final String PHONE =
            "1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7}(-[0-9]{1,6})?|400-?[0-9]{3}-?[0-9]{4}|12[0-9]{3}";

    CarrierRequest {
        services = services == null ? List.of() : List.copyOf(services);
        zones = zones == null ? List.of() : List.copyOf(zones);
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
    }

    CarrierRequest named(String standardName) {
        return new CarrierRequest(kind, marketLevel, industry, coBuiltType, standardName, regionCode, latitude,
                longitude, address, openingHours, services, hotline, complaintPhone, indoorAreaM2, zones, facilities,
                operatorType, operatorAgency, status);
    }
}
