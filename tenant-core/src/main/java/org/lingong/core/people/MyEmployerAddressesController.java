package org.lingong.core.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 常用地址: the places an employer posts jobs at (总店, 仓库), picked in the posting form rather than on the map each
 * time. A company's own business data, not personal data: kept and shown as typed. At most {@link #MAX} per employer;
 * another employer's address is not found.
 */
@RestController
@RequestMapping("/api/v1/employers/me/addresses")
@PreAuthorize(Roles.Allow.EMPLOYER)
@Tag(name = "employers", description = "用人单位 Employers")
class MyEmployerAddressesController {

    static final int MAX = 20;

    /** A place as the employer names it; WGS-84, within mainland China's bounding box like a job's. */
    record Place(
            @NotBlank @Size(max = 20) String label,
            @NotBlank @Size(max = 200) String address,
            @NotNull @DecimalMin(value = "3.8", message = "{people.address.location}")
            @DecimalMax(value = "53.6", message = "{people.address.location}") Double latitude,
            @NotNull @DecimalMin(value = "73.5", message = "{people.address.location}")
            @DecimalMax(value = "135.1", message = "{people.address.location}") Double longitude) {
    }

    record SavedPlace(UUID id, String label, String address, double latitude, double longitude) {
    }

    private final EmployerRepository employers;
    private final EmployerAddressRepository addresses;
    private final Clock clock;

    MyEmployerAddressesController(EmployerRepository employers, EmployerAddressRepository addresses, Clock clock) {
        this.employers = employers;
        this.addresses = addresses;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "本单位的常用地址（按保存先后）/ The employer's saved addresses, oldest first")
    List<SavedPlace> listAddresses(@AuthenticationPrincipal Jwt caller) {
        return addresses.findByEmployerIdOrderByCreatedAt(employerOf(caller)).stream().map(EmployerAddress::details)
                .toList();
    }

    /** The employer's row is locked while counting, so two saves at once cannot pass the limit together. */
    @PostMapping
    @Transactional
    @Operation(summary = "保存常用地址（每单位至多 20 个，名称不重复）/ Save an address (at most 20 per employer, "
            + "labels unique)")
    ResponseEntity<SavedPlace> addAddress(@AuthenticationPrincipal Jwt caller, @Valid @RequestBody Place place) {
        UUID employerId = employers.lockByAccountId(caller.getSubject()).map(Employer::getId)
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_PROFILE_REQUIRED));
        if (addresses.countByEmployerId(employerId) >= MAX) {
            throw new ProblemException(ProblemType.EMPLOYER_ADDRESSES_FULL, MAX);
        }
        SavedPlace saved = addresses.saveAndFlush(new EmployerAddress(employerId, place, clock.instant())).details();
        return ResponseEntity.created(URI.create("/api/v1/employers/me/addresses/" + saved.id())).body(saved);
    }

    @PutMapping("/{id}")
    @Transactional
    @Operation(summary = "修改常用地址 / Change a saved address")
    SavedPlace changeAddress(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
                             @Valid @RequestBody Place place) {
        EmployerAddress address = own(caller, id);
        address.change(place);
        return addresses.saveAndFlush(address).details();
    }

    @DeleteMapping("/{id}")
    @Transactional
    @Operation(summary = "删除常用地址 / Delete a saved address")
    ResponseEntity<Void> deleteAddress(@AuthenticationPrincipal Jwt caller, @PathVariable UUID id) {
        addresses.delete(own(caller, id));
        return ResponseEntity.noContent().build();
    }

    private EmployerAddress own(Jwt caller, UUID id) {
        return addresses.findByIdAndEmployerId(id, employerOf(caller))
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_ADDRESS_NOT_FOUND));
    }

    private UUID employerOf(Jwt caller) {
        return employers.findByAccountId(caller.getSubject()).map(Employer::getId)
                .orElseThrow(() -> new ProblemException(ProblemType.EMPLOYER_PROFILE_REQUIRED));
    }
}
