package app.journal.adapter.rest.passkey;

import app.journal.adapter.rest.passkey.PasskeyRequests.ConfirmRequest;
import app.journal.adapter.rest.passkey.PasskeyRequests.RegisterRequest;
import app.journal.adapter.rest.passkey.PasskeyRequests.RenameRequest;
import app.journal.adapter.rest.passkey.PasskeyResponses.ConfirmedResponse;
import app.journal.adapter.rest.passkey.PasskeyResponses.Item;
import app.journal.adapter.rest.passkey.PasskeyResponses.PasskeyList;
import app.journal.adapter.rest.security.ClientAddresses;
import app.journal.adapter.rest.security.JournalPrincipal;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.mfa.ConfirmWithPasskey;
import app.journal.application.port.in.mfa.ManagePasskeys;
import app.journal.application.port.in.mfa.PasskeyFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passkeys on one's own account and "confirm it's you" with one. Adding and removing need a confirmed session
 * (the reauthentication-required problem otherwise); every answer is {@code no-store}. A demo token is a 403.
 */
@RestController
class PasskeyController {

    private static final String PROBLEM = "application/problem+json";
    /**
     * A credential id in a path: base64url, but never the word {@code options}, so that PATCH or DELETE on
     * {@code /api/me/passkeys/options} is the 405 of a route that exists for POST only, not a rename.
     */
    private static final String ID = "{id:(?!options$)[A-Za-z0-9_-]+}";

    private final ManagePasskeys manage;
    private final ConfirmWithPasskey confirmWithPasskey;
    private final ClientAddresses clientAddresses;

    PasskeyController(ManagePasskeys manage, ConfirmWithPasskey confirmWithPasskey, ClientAddresses clientAddresses) {
        this.manage = manage;
        this.confirmWithPasskey = confirmWithPasskey;
        this.clientAddresses = clientAddresses;
    }

    @GetMapping("/api/me/passkeys")
    @Operation(summary = "The account's passkeys, oldest first")
    ResponseEntity<PasskeyList> list(@AuthenticationPrincipal JournalPrincipal caller) {
        caller.accountSession();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new PasskeyList(manage.list(caller.userId()).stream().map(Item::of).toList()));
    }

    @PostMapping("/api/me/passkeys/options")
    @Operation(summary = "Begins adding a passkey (needs a confirmed session): options for "
            + "navigator.credentials.create()")
    @ApiResponse(responseCode = "403", description = "urn:journal:problem:reauthentication-required",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<PasskeyOptionsResponse> registrationOptions(@AuthenticationPrincipal JournalPrincipal caller) {
        var options = manage.registrationOptions(caller.userId(), caller.accountSession());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PasskeyOptionsResponse.of(options));
    }

    @PostMapping("/api/me/passkeys")
    @Operation(summary = "Finishes adding a passkey with the browser's answer; mailed and recorded")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = Item.class)))
    @ApiResponse(responseCode = "400", description = "urn:journal:problem:passkey-failed (the ceremony is unknown, "
            + "used, expired or another session's, or the answer does not check out)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "urn:journal:problem:passkey-already-registered",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<Item> register(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody RegisterRequest request, HttpServletRequest http) {
        var session = caller.accountSession();
        var credential = PasskeyRequests.credentialJson(request.credential());
        if (request.ceremonyId() == null || credential == null) {
            throw new PasskeyFailedException();
        }
        var added = manage.register(caller.userId(), session, request.ceremonyId(), credential, request.name(),
                client(http));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(Item.of(added));
    }

    @PatchMapping("/api/me/passkeys/" + ID)
    @Operation(summary = "Renames one of the account's passkeys")
    @ApiResponse(responseCode = "400", description = "urn:journal:problem:invalid-input, field name",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "404", description = "The account has no such passkey",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<Item> rename(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable String id,
            @RequestBody RenameRequest request, HttpServletRequest http) {
        caller.accountSession();
        var renamed = manage.rename(caller.userId(), id, request.name() == null ? "" : request.name(), client(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Item.of(renamed));
    }

    @DeleteMapping("/api/me/passkeys/" + ID)
    @Operation(summary = "Removes one of the account's passkeys (needs a confirmed session); mailed and recorded")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "urn:journal:problem:reauthentication-required",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "urn:journal:problem:last-sign-in-method: the account has no "
            + "password and this is its last passkey",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<Void> remove(@AuthenticationPrincipal JournalPrincipal caller, @PathVariable String id,
            HttpServletRequest http) {
        manage.remove(caller.userId(), caller.accountSession(), id, client(http));
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @PostMapping("/api/me/confirm/passkey/options")
    @Operation(summary = "Confirm it's you with a passkey: options for navigator.credentials.get(), allowing only "
            + "this account's passkeys")
    @ApiResponse(responseCode = "409", description = "urn:journal:problem:no-passkey",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<PasskeyOptionsResponse> confirmOptions(@AuthenticationPrincipal JournalPrincipal caller) {
        var options = confirmWithPasskey.options(caller.userId(), caller.accountSession());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PasskeyOptionsResponse.of(options));
    }

    @PostMapping("/api/me/confirm/passkey")
    @Operation(summary = "Confirm it's you with a passkey; this session may then make sensitive changes for a "
            + "short while, as after POST /api/me/confirm")
    @ApiResponse(responseCode = "400", description = "urn:journal:problem:passkey-failed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<ConfirmedResponse> confirm(@AuthenticationPrincipal JournalPrincipal caller,
            @RequestBody ConfirmRequest request, HttpServletRequest http) {
        var session = caller.accountSession();
        var credential = PasskeyRequests.credentialJson(request.credential());
        if (request.ceremonyId() == null || credential == null) {
            throw new PasskeyFailedException();
        }
        var until = confirmWithPasskey.confirm(caller.userId(), session, request.ceremonyId(), credential,
                client(http));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ConfirmedResponse(until));
    }

    private ClientInfo client(HttpServletRequest http) {
        return new ClientInfo(http.getHeader(HttpHeaders.USER_AGENT), clientAddresses.of(http));
    }
}
