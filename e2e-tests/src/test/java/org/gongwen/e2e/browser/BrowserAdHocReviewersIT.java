package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.Suite;
import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * 加签/减签 in the browser (review issue 18): 赵敏 holds a 请示 at the 办公室 level, is told that 加签 needs an opinion,
 * adds 刘洋 after herself (the page offers only whom the service would accept), takes him back (减签), adds him
 * again; 刘洋 and 王强 decide; 周慎 finds 加签, 减签 and whom they were about in the archived trail.
 */
class BrowserAdHocReviewersIT {

    private static final String ADDED = "涉及救助资金，请刘洋局长把关。";
    private static final String REMOVED = "刘洋局长出差，暂不加签。";

    private static Browser browser;

    private final GatewayClient api = new GatewayClient(Suite.get().gatewayUrl());
    private final Lifecycle life = new Lifecycle(api);

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onSuite();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReviewerAddsRemovesAndAddsAgainAndTheArchivedTrailShowsIt() {
        try {
            story();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-adhoc");
            throw e;
        }
    }

    private void story() {
        String id = life.submitNew("zhangwei");
        life.approve("sunli", id, 1);
        life.awaitInInbox("zhaomin", id, 1);

        browser.signIn("zhaomin", "赵敏");
        browser.open("#/reviews/" + id);
        browser.find(By.id("adhoc-reviewers"));
        browser.click(By.id("adhoc-add"));
        assertThat(browser.find(By.cssSelector("#adhoc-add-form .violation")).getText()).isEqualTo("请填写意见。");
        addLiuYang();
        WebElement badge = browser.find(By.cssSelector("#steps li.step[data-level='3'] .badge.adhoc"));
        assertThat(badge.getText()).isEqualTo("加签（赵敏）");
        assertThat(browser.find(By.cssSelector("#steps li.step[data-level='4']")).getText()).contains("王强");
        browser.screenshot("adhoc-01-added");

        browser.type(By.id("f-adhocRemove-3"), REMOVED);
        browser.click(By.cssSelector("form.adhoc-remove[data-reviewer='liuyang'] button[type='submit']"));
        browser.await(d -> d.findElements(By.cssSelector("#steps li.step[data-level='4']")).isEmpty() ? true : null);
        assertThat(browser.find(By.id("adhoc-acts")).getText()).contains("赵敏 减签 刘洋：" + REMOVED);
        addLiuYang();
        browser.find(By.cssSelector("#steps li.step[data-level='3'] .badge.adhoc"));
        browser.screenshot("adhoc-02-added-again");

        life.approve("zhaomin", id, 1);
        life.approve("liuyang", id, 1);
        life.approve("wangqiang", id, 1);
        JsonNode record = life.awaitArchiveRecord("zhoushen", id);
        assertThat(record.get("trail").findValuesAsString("action")).containsSubsequence("REVIEWER_ADDED",
                "REVIEWER_REMOVED", "REVIEWER_ADDED", "APPROVED", "APPROVED", "SIGNED");

        browser.signIn("zhoushen", "周慎");
        browser.open("#/archive/" + id);
        List<WebElement> added = browser.await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#trail li.action-REVIEWER_ADDED"));
            return found.size() == 2 ? found : null;
        });
        assertThat(added.get(0).getText()).contains("加签").contains("赵敏").contains("刘洋（liuyang）：" + ADDED);
        assertThat(browser.find(By.cssSelector("#trail li.action-REVIEWER_REMOVED")).getText()).contains("减签")
                .contains("刘洋（liuyang）：" + REMOVED);
        browser.screenshot("adhoc-03-archive-trail");
    }

    private void addLiuYang() {
        new Select(browser.find(By.id("f-adhocReviewer"))).selectByValue("liuyang");
        browser.type(By.id("f-adhocOpinion"), ADDED);
        browser.click(By.id("adhoc-add"));
        browser.find(By.cssSelector("#steps li.step[data-level='3'] .badge.adhoc"));
    }
}
