package com.ccvglobe.bridge.ccvshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The user list with CCV's {@code approval_status} filter, client against the standalone simulator over real HTTP. */
class CcvUsersSimulatorTest {

    private static CcvShopSimulator sim;

    @BeforeAll
    static void start() {
        sim = new CcvShopSimulator("users-test-public", "users-test-secret");
        sim.start(0);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 30; i++) {
            ObjectNode user = json.createObjectNode().put("username", "user" + i + "@example.com").put("group_id", 0)
                    .put("status", true).put("approval_status", i % 3 == 0 ? "pending" : "accepted");
            user.putObject("userinfo").put("email", "user" + i + "@example.com");
            sim.data().insert("users", user);
        }
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void theApprovalStatusFilterIsSentOnEveryPageAndHonoured() {
        CcvApi api = new CcvApi(new CcvHttp(new CcvConnection(sim.baseUrl(), "users-test-public", "users-test-secret"),
                CcvClientSettings.defaults().withPageSize(8)));
        CcvShopInfo info = new CcvShopInfo(api);

        List<CcvShopRecords.User> accepted = info.users("accepted");

        assertThat(accepted).hasSize(20).allSatisfy(u -> assertThat(u.approvalStatus()).isEqualTo("accepted"));
        assertThat(accepted.get(0).userinfo().email()).isEqualTo("user1@example.com");
        assertThat(sim.calls().calls()).extracting(SimCallLog.Call::uri).first()
                .isEqualTo("/api/rest/v1/users?approval_status=accepted&size=8");
        assertThat(sim.calls().calls()).extracting(SimCallLog.Call::uri).allMatch(u -> u.contains("approval_status=accepted"));
        assertThat(info.users("pending")).hasSize(10);
        assertThat(info.users(null)).hasSize(30);
    }
}
