package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.Suite;
import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * 更正 after 签发 in the browser (issue 18, 条例 第二十五条): 张伟 opens his issued 请示, presses 更正, changes the body,
 * gives a reason and sends it; 王强, who signed it, finds it marked 更正 in his 待办 and signs it again; 周慎 sees on
 * the archive record of the first revision 更正为 the new one, and on the new one 更正自 the first, same 文号.
 */
class BrowserCorrectionIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String REASON = "救助资金数额有误，更正为3200万元。";
    private static final String CORRECTED_BODY = "为保障2027年度城乡困难群众基本生活，我局拟申请社会救助资金3200万元。\n妥否，请批示。";

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
    void theDrafterCorrectsAnIssuedDocumentTheSignerSignsItAgainAndTheArchiveLinksBoth() {
        try {
            story();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-correction");
            throw e;
        }
    }

    private void story() {
        String id = life.submitNew("zhangwei");
        for (String reviewer : new String[] {"sunli", "zhaomin", "wangqiang"}) {
            life.approve(reviewer, id, 1);
        }
        String documentNumber = life.awaitArchiveRecord("zhoushen", id).get("documentNumber").asString();

        browser.signIn("zhangwei", "张伟");
        browser.open("#/drafts/" + id);
        assertThat(browser.find(By.id("f-body")).isEnabled()).as("an issued document is read-only").isFalse();
        browser.click(By.id("correct"));
        browser.find(By.id("correction-panel"));
        browser.type(By.id("f-body"), CORRECTED_BODY);
        browser.type(By.id("correction-reason"), REASON);
        browser.screenshot("correction-01-drafter");
        browser.click(By.id("correction-submit"));
        // sent: the page is drawn again without the button, a correction being open
        browser.await(d -> d.findElements(By.id("correct")).isEmpty() ? true : null);

        browser.signIn("wangqiang", "王强");
        WebElement row = browser.awaitAfterReload(
                By.xpath("//a[@href='#/reviews/" + id + "']/ancestor::tr"), EVENTS);
        assertThat(row.findElement(By.cssSelector(".badge.correction")).getText()).isEqualTo("更正");
        browser.screenshot("correction-02-signer-inbox");
        row.findElement(By.cssSelector("a[href='#/reviews/" + id + "']")).click();
        browser.find(By.id("decision-form"));
        assertThat(browser.find(By.id("f-opinion")).isDisplayed()).isTrue();
        browser.type(By.id("f-opinion"), "同意更正。");
        browser.click(By.id("decide"));
        browser.await(ExpectedConditions.urlContains("#/inbox"));

        JsonNode correction = life.awaitArchiveRecord("zhoushen", id + "~r2");
        assertThat(correction.get("documentNumber").asString()).isEqualTo(documentNumber);
        assertThat(correction.get("body").asString()).contains("3200万元");

        browser.signIn("zhoushen", "周慎");
        browser.open("#/archive/" + id);
        WebElement correctedBy = browser.awaitAfterReload(By.id("record-corrected-by"), EVENTS);
        assertThat(correctedBy.getText()).startsWith("更正为：").contains(correction.get("archiveNo").asString())
                .contains("第2轮").contains(REASON);
        assertThat(browser.find(By.id("record-superseded")).getText()).isEqualTo("已被更正");
        browser.screenshot("correction-03-archive-original");
        correctedBy.findElement(By.tagName("a")).click();
        WebElement corrects = browser.find(By.id("record-corrects"));
        assertThat(corrects.getText()).startsWith("更正自：").contains("第1轮").contains(REASON);
        assertThat(browser.find(By.id("record-number")).getText()).isEqualTo(documentNumber);
        assertThat(browser.driver().findElements(By.id("record-superseded"))).isEmpty();
        browser.screenshot("correction-04-archive-correction");
    }
}
