package org.gongwen.gateway.devtoken;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.gongwen.platform.web.problem.Problem;
import org.gongwen.platform.web.problem.ProblemException;
import org.gongwen.platform.web.problem.Violation;
import org.gongwen.platform.web.security.DemoUser;
import org.gongwen.platform.web.security.DemoUsers;
import org.gongwen.platform.web.security.TokenMinter;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token}: an access token for a demo user, no password asked (local suite only), and
 * {@code GET /dev/jwks.json}: the public keys (the signing key and the previous keys still trusted during a
 * rotation, each by {@code kid}), so services can also be pointed at it as a JWK Set URI.
 */
@RestController
@Profile("local")
class DevTokenController {

    private final TokenMinter minter;

    DevTokenController(TokenMinter minter) {
        this.minter = minter;
    }

    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenResponse token(@RequestBody TokenRequest request) {
        DemoUser user = DemoUsers.find(request.username() == null ? "" : request.username().strip())
                .orElseThrow(() -> new ProblemException(unknownUser(request.username())));
        return new TokenResponse(minter.mint(user), "Bearer", minter.lifetime().toSeconds());
    }

    @GetMapping(path = "/dev/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return minter.jwkSet();
    }

    private static Problem unknownUser(String username) {
        String shown = username == null ? "" : username;
        return Problem.of(400, "unknown-user", "Unknown user", "没有演示用户 “" + shown + "”。",
                        "There is no demo user '" + shown + "'.")
                .withViolations(List.of(Violation.error("user.unknown", "username",
                        "没有演示用户 “" + shown + "”。", "There is no demo user '" + shown + "'.")));
    }

    record TokenRequest(String username) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }
}
