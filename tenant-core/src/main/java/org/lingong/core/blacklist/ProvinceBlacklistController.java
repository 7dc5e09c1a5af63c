package org.lingong.core.blacklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.common.tenant.TenantAccess;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The province's desk for its blacklist, outside every tenant: only that province's admin, or a platform admin, may
 * use it ({@link TenantAccess#governsProvince}, checked here and at the gateway); anyone else is refused with 403
 * {@code province-forbidden} before anything is read.
 */
@RestController
@Tag(name = "platform")
class ProvinceBlacklistController {

    static final String BASE = "/api/v1/platform/provinces/{province}/agency-blacklist";

    record Review(@NotNull(message = "{blacklist.list.required}") Boolean list,
                  @NotBlank(message = "{blacklist.note.required}")
                  @Size(max = 1000, message = "{blacklist.text.size}") String note) {
    }

    record Note(@NotBlank(message = "{blacklist.note.required}")
                @Size(max = 1000, message = "{blacklist.text.size}") String note) {
    }

    private final AgencyBlacklist blacklist;
    private final JdbcClient jdbc;

    ProvinceBlacklistController(AgencyBlacklist blacklist, JdbcClient jdbc) {
        this.blacklist = blacklist;
        this.jdbc = jdbc;
    }

    @GetMapping(BASE)
    @Operation(summary = "本省黑名单全部条目，可按状态筛选（PROPOSED 待审核） The province's blacklist, optionally one "
            + "status (PROPOSED: awaiting review)")
    List<ListingDetails> list(@PathVariable String province, @RequestParam Optional<ListingStatus> status,
                              @AuthenticationPrincipal Jwt caller) {
        return blacklist.ofProvince(governed(province, caller), status);
    }

    @PostMapping(BASE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "省级直接列入一家非法职业中介 List an illegal agency directly")
    ListingDetails add(@PathVariable String province, @Valid @RequestBody CityBlacklistController.Proposal entry,
                       @AuthenticationPrincipal Jwt caller) {
        return blacklist.add(governed(province, caller), entry.entry(), caller.getSubject());
    }

    @PostMapping(BASE + "/{id}/review")
    @Operation(summary = "审核城市报送的条目：列入（list=true）或不予列入 Review a city's proposal: list it or reject it")
    ListingDetails review(@PathVariable String province, @PathVariable UUID id, @Valid @RequestBody Review review,
                          @AuthenticationPrincipal Jwt caller) {
        return blacklist.review(governed(province, caller), id, review.list(), review.note(), caller.getSubject());
    }

    @PostMapping(BASE + "/{id}/remove")
    @Operation(summary = "将已列入的条目移出黑名单 Take a listed entry off the blacklist")
    ListingDetails remove(@PathVariable String province, @PathVariable UUID id, @Valid @RequestBody Note note,
                          @AuthenticationPrincipal Jwt caller) {
        return blacklist.remove(governed(province, caller), id, note.note(), caller.getSubject());
    }

    /** The province, once the caller is known to govern it and it is known to exist. */
    private String governed(String province, Jwt caller) {
        if (!TenantAccess.governsProvince(TenantAccess.Caller.fromClaims(caller.getClaims()), province)) {
            throw new ProblemException(ProblemType.PROVINCE_FORBIDDEN);
        }
        if (jdbc.sql("select count(*) from platform.province where code = ?").param(province).query(Integer.class)
                .single() == 0) {
            throw new ProblemException(ProblemType.UNKNOWN_PROVINCE);
        }
        return province;
    }
}
