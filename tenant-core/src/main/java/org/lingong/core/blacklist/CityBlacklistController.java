package org.lingong.core.blacklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.lingong.common.tenant.Roles;
import org.lingong.core.tenancy.CurrentTenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The province's blacklist as a city sees it, always the province of the city the request is for: its staff read
 * the listed entries and the city's own proposals, its admin proposes, and anyone signed in checks an agency.
 */
@RestController
@Tag(name = "blacklist", description = "黑中介名单 The province's blacklist of illegal agencies")
class CityBlacklistController {

    /** An agency as typed; the credit code and phone are checked and at least one is required. */
    record Proposal(@NotBlank(message = "{blacklist.name.required}")
                    @Size(max = 200, message = "{blacklist.name.size}") String name,
                    @Size(max = 40, message = "{blacklist.identifier.size}") String creditCode,
                    @Size(max = 40, message = "{blacklist.identifier.size}") String phone,
                    @NotBlank(message = "{blacklist.grounds.required}")
                    @Size(max = 1000, message = "{blacklist.text.size}") String grounds) {

        AgencyBlacklist.Entry entry() {
            return new AgencyBlacklist.Entry(name, blankToNull(creditCode), blankToNull(phone), grounds);
        }

        static String blankToNull(String typed) {
            return typed == null || typed.isBlank() ? null : typed;
        }
    }

    private final AgencyBlacklist blacklist;
    private final Listings listings;

    CityBlacklistController(AgencyBlacklist blacklist, Listings listings) {
        this.blacklist = blacklist;
        this.listings = listings;
    }

    @GetMapping("/api/v1/agency-blacklist")
    @PreAuthorize(Roles.Allow.CITY_OWN_STAFF)
    @Operation(summary = "本省黑中介名单（已列入的）和本市报送的条目，最新在前 The province's listed agencies and the "
            + "city's own proposals, newest first")
    List<ListingDetails> list() {
        return blacklist.forCity(CurrentTenant.require(), listings.provinceOf(CurrentTenant.require()));
    }

    @PostMapping("/api/v1/agency-blacklist")
    @PreAuthorize(Roles.Allow.CITY_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报送一家非法职业中介，由省级审核后列入 Propose an illegal agency; the province reviews it")
    ListingDetails propose(@Valid @RequestBody Proposal proposal, Authentication admin) {
        return blacklist.propose(CurrentTenant.require(), listings.provinceOf(CurrentTenant.require()),
                proposal.entry(), admin.getName());
    }

    @GetMapping("/api/v1/agency-blacklist/check")
    @PreAuthorize(Roles.Allow.ANY_SIDE)
    @Operation(summary = "按统一社会信用代码或电话查询中介是否在本省黑名单上（按电话查询每人每天限 20 次） Check an agency "
            + "by credit code or phone (20 phone checks a day per person)")
    List<ListingDetails.Public> check(@RequestParam Optional<String> creditCode, @RequestParam Optional<String> phone) {
        return blacklist.check(listings.provinceOf(CurrentTenant.require()),
                creditCode.map(Proposal::blankToNull), phone.map(Proposal::blankToNull))
                .stream().map(ListingDetails::forPublic).toList();
    }
}
