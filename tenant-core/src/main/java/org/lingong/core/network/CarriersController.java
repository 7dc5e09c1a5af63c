package org.lingong.core.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.Roles;
import org.lingong.core.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The city's service network: markets, stations, village windows and co-built carriers. City admins write. */
@RestController
@Tag(name = "network", description = "服务网络（零工市场、驿站、村级专窗、共建载体） / Service network")
class CarriersController {

    private final Carriers carriers;
    private final CarrierRules rules;
    private final StandardNames names;
    private final NetworkSettings settings;
    private final AuditLog audit;

    CarriersController(Carriers carriers, CarrierRules rules, StandardNames names, NetworkSettings settings,
                       AuditLog audit) {
        this.carriers = carriers;
        this.rules = rules;
        this.names = names;
        this.settings = settings;
        this.audit = audit;
    }

    record CarrierPage(List<Carrier> items, int page, int size, long total) {
    }

    record StandardName(CarrierKind kind, String regionCode, String name) {
    }

    @GetMapping("/api/v1/network/carriers")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "按类型、区划、状态分页查询载体 / Carriers by kind, region (and below) and status, paged")
    CarrierPage list(@RequestParam(required = false) CarrierKind kind,
                     @RequestParam(required = false) String regionCode,
                     @RequestParam(required = false) CarrierStatus status,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Carriers.Filter filter = new Carriers.Filter(kind, regionCode, status);
        int pageNumber = Math.max(page, 0);
        int pageSize = Math.clamp(size, 1, 200);
        return new CarrierPage(carriers.page(filter, pageNumber, pageSize).stream().map(this::carrier).toList(),
                pageNumber, pageSize, carriers.count(filter));
    }

    @GetMapping("/api/v1/network/carriers/{id}")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "查询单个载体 / One carrier")
    Carrier get(@PathVariable long id) {
        return carrier(carriers.find(id).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/api/v1/network/carriers")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "新增载体（校验区划级别、规范名称、面积） / Create a carrier (region level, standard name, area)")
    ResponseEntity<Carrier> create(@Valid @RequestBody CarrierRequest request, Locale locale) {
        CarrierRequest checked = rules.check(request, settings.get().marketAreaRule(), locale);
        long id = carriers.insert(checked);
        audit.record("carrier.created", "carrier:" + id, checked.kind() + " " + checked.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(carrier(carriers.find(id).orElseThrow()));
    }

    @PutMapping("/api/v1/network/carriers/{id}")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "修改载体 / Update a carrier")
    Carrier update(@PathVariable long id, @Valid @RequestBody CarrierRequest request, Locale locale) {
        Carriers.Stored before = carriers.find(id).orElseThrow(() -> notFound(id));
        CarrierRequest checked = rules.check(request, settings.get().marketAreaRule(), locale);
        carriers.update(id, checked);
        audit.record("carrier.updated", "carrier:" + id, before.data().status() + "→" + checked.status() + " "
                + checked.name());
        return carrier(carriers.find(id).orElseThrow());
    }

    @DeleteMapping("/api/v1/network/carriers/{id}")
    @PreAuthorize(Roles.Allow.CITY_ADMINS)
    @Transactional
    @Operation(summary = "删除载体 / Delete a carrier")
    ResponseEntity<Void> delete(@PathVariable long id) {
        Carriers.Stored before = carriers.find(id).orElseThrow(() -> notFound(id));
        carriers.delete(id);
        audit.record("carrier.deleted", "carrier:" + id, before.data().kind() + " " + before.data().name());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/network/standard-name")
    @PreAuthorize(Roles.Allow.CITY_READERS)
    @Operation(summary = "按区划生成规范名称（市场、驿站） / The standard name of a market or station in a region")
    StandardName standardName(@RequestParam CarrierKind kind, @RequestParam String regionCode,
                              @RequestParam(required = false) String industry) {
        Place place = names.place(regionCode);
        String name = names.of(kind, place, industry == null || industry.isBlank() ? null : industry)
                .orElseThrow(() -> new ProblemException(ProblemType.STANDARD_NAME_UNDEFINED, kind,
                        place.level()));
        return new StandardName(kind, regionCode, name);
    }

    private Carrier carrier(Carriers.Stored stored) {
        return new Carrier(stored.id(), stored.data(), stored.createdAt(), stored.updatedAt(),
                rules.warnings(stored.data()));
    }

    private static ProblemException notFound(long id) {
        return new ProblemException(ProblemType.CARRIER_NOT_FOUND, id);
    }
}
