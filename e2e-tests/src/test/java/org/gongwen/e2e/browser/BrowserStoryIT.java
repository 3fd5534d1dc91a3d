package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The story, clicked through the web page in real Chromium against the suite (gateway + three
 * services): 张伟 drafts a 请示, the page shows him a format error (GB-TITLE-1) with its fix, he takes it and
 * submits; 孙立 returns it with an opinion (after the page showed that a return needs one, REVIEW-OPINION-1);
 * 张伟 sees the opinion, edits and resubmits; 孙立, 赵敏 and 王强 approve from their 待办 (王强's approval is 签发);
 * 周慎 finds it in the archive by a 2-character search and opens its record with 档号, 文号, trail and the proof
 * the page verified itself.
 * Every screen is saved as a screenshot (target/screenshots; docs/screenshots for the README with
 * {@code -Dscreenshots.update=true}).
 */
class BrowserStoryIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String TITLE_WITHOUT_KIND = "江城市民政局关于申请2027年度社会救助资金的";
    private static final String TITLE = TITLE_WITHOUT_KIND + "请示";
    private static final String RETURN_OPINION = "请补充2026年度救助资金的使用情况后再报。";

    private static final String ATTACHMENT = "2026年度社会救助资金使用情况";

    private static Browser browser;

    private static Path usageTable() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
            return Files.writeString(dir.resolve(ATTACHMENT + ".txt"),
                    "项目\t金额（万元）\n最低生活保障\t2300\n临时救助\t500\n合计\t2800\n").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
    void aRequestGoesFromDraftThroughReturnAndThreeApprovalsIntoTheArchiveInTheBrowser() {
        try {
            story();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-story"); // what the page showed when the story stopped (target/ only matters)
            throw e;
        }
    }

    private void story() {
        String id = zhangWeiDraftsFixesTheFormatErrorAndSubmits();
        sunLiReturnsItWithAnOpinion(id);
        zhangWeiReadsTheOpinionEditsAndResubmits(id);
        zhaoMinSeesWhoHoldsItOnTheDashboard(id);
        approveFromInbox("sunli", "孙立", id, null);
        sunLiFindsBothHisActsUnderDone(id);
        approveFromInbox("zhaomin", "赵敏", id, null);
        approveFromInbox("wangqiang", "王强", id, "11-chief-signs");
        zhangWeiSeesItArchivedInHisDrafts(id);
        zhouShenFindsItByTwoCharactersAndOpensItsTrail(id);
    }

    private String zhangWeiDraftsFixesTheFormatErrorAndSubmits() {
        browser.open("");
        browser.find(By.id("login-form"));
        browser.screenshot("01-login");
        browser.signIn("zhangwei", "张伟");
        browser.click(By.id("nav-drafts-new"));
        browser.type(By.id("f-title"), TITLE_WITHOUT_KIND);
        browser.type(By.id("f-body"), "为保障2027年度城乡困难群众基本生活，我局拟申请社会救助资金3000万元，用于最低生活保障和临时救助。\n"
                + "妥否，请批示。");
        browser.type(By.id("f-remarks"), "（联系人：张伟，电话：0000-0000000）");
        browser.click(By.id("check"));
        // GB-TITLE-1 beside the title, with the fix the service suggests
        WebElement violation = browser.find(By.cssSelector("#f-title-errors .violation[data-rule='GB-TITLE-1']"));
        assertThat(violation.getText()).contains("GB-TITLE-1").contains("请示");
        assertThat(browser.find(By.id("f-title")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("02-draft-format-error");

        violation.findElement(By.cssSelector("button.fix")).click();
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-result .ok")));
        assertThat(browser.find(By.id("f-title")).getAttribute("value")).isEqualTo(TITLE);
        assertThat(browser.driver().findElements(By.cssSelector("#f-title-errors .violation"))).isEmpty();
        browser.click(By.id("preview-toggle"));
        assertThat(browser.find(By.cssSelector("#gw-document .gw-organ-mark")).getText()).isEqualTo("江城市民政局文件");
        browser.screenshot("03-draft-fixed-preview");

        browser.click(By.id("submit"));
        String id = browser.await(d -> d.getCurrentUrl().matches(".*#/drafts/[0-9a-f-]{36}$")
                ? d.getCurrentUrl().replaceAll(".*#/drafts/", "") : null);
        // the chain arrives by event; the page looks again by itself until it shows who reviews next
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-where"), "孙立"), EVENTS);
        browser.screenshot("04-submitted");
        return id;
    }

    private void sunLiReturnsItWithAnOpinion(String id) {
        browser.signIn("sunli", "孙立");
        WebElement row = browser.awaitAfterReload(By.cssSelector("a[href='#/reviews/" + id + "']"), EVENTS);
        assertThat(browser.find(By.id("inbox-count")).getText()).isNotEmpty();
        browser.screenshot("05-inbox");
        row.click();
        assertThat(browser.find(By.cssSelector("#gw-document .gw-title")).getText()).isEqualTo(TITLE);
        assertThat(browser.find(By.cssSelector("#gw-document .gw-to")).getText()).isEqualTo("江城市人民政府：");
        browser.screenshot("06-review-document");

        browser.click(By.id("decision-RETURN"));
        browser.click(By.id("decide"));
        // the service's 422 (REVIEW-OPINION-1) shown beside the opinion box
        browser.find(By.cssSelector("#f-opinion-errors .violation[data-rule='REVIEW-OPINION-1']"));
        browser.screenshot("07-return-needs-opinion");
        browser.type(By.id("f-opinion"), RETURN_OPINION);
        browser.click(By.id("decide"));
        browser.await(ExpectedConditions.urlContains("#/inbox"));
    }

    private void zhangWeiReadsTheOpinionEditsAndResubmits(String id) {
        browser.signIn("zhangwei", "张伟");
        browser.open("#/drafts/" + id);
        WebElement opinions = browser.awaitAfterReload(By.id("returned-opinions"), EVENTS);
        assertThat(opinions.getText()).contains(RETURN_OPINION).contains("孙立");
        browser.screenshot("08-returned-with-opinion");
        WebElement body = browser.find(By.id("f-body"));
        body.clear();
        body.sendKeys("为保障2027年度城乡困难群众基本生活，我局拟申请社会救助资金3000万元。\n"
                + "2026年度救助资金2800万元已全部拨付，其中最低生活保障2300万元、临时救助500万元。\n妥否，请批示。");
        // the figures 孙立 asked for, as an attachment: saved with the edit, uploaded, listed with its sniffed type
        browser.driver().findElement(By.id("attachment-add")).sendKeys(usageTable().toString());
        assertThat(browser.find(By.cssSelector(".attachment .file-info")).getText()).contains("text/plain");
        assertThat(browser.find(By.id("attachment-name-1")).getAttribute("value")).isEqualTo(ATTACHMENT);
        browser.click(By.id("submit"));
        browser.await(ExpectedConditions.attributeToBe(By.cssSelector(".page-head .badge"), "data-status", "IN_REVIEW"));
        // 痕迹: the newest version against the one before, side by side, the added sentence marked as inserted
        // the page may draw the panel again once the submission's events arrive, taking a shown diff with it: ask for
        // the newest version's comparison until its diff stays (a poll with the usual deadline, not a fixed wait)
        WebElement after = browser.await(driver -> {
            try {
                List<WebElement> shown = driver.findElements(
                        By.cssSelector("#diff [data-field='body'] .diff-col:nth-child(2)"));
                if (!shown.isEmpty() && shown.get(0).getText().contains("2800万元")) {
                    return shown.get(0);
                }
                driver.findElements(By.cssSelector("#versions li:first-child button.link")).forEach(WebElement::click);
                return null;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(after.getText()).contains("2800万元");
        assertThat(after.findElements(By.tagName("ins"))).isNotEmpty();
        browser.screenshot("08b-versions-diff");
    }

    private void zhaoMinSeesWhoHoldsItOnTheDashboard(String id) {
        browser.signIn("zhaomin", "赵敏");
        browser.click(By.id("nav-dashboard"));
        WebElement row = browser.awaitAfterReload(By.xpath("//a[@href='#/reviews/" + id + "']/ancestor::tr"), EVENTS);
        assertThat(row.getText()).contains("孙立");
        browser.screenshot("09-dashboard");
    }

    private void sunLiFindsBothHisActsUnderDone(String id) {
        browser.click(By.id("tab-done"));
        List<String> acts = browser.await(d -> {
            List<String> found = d.findElements(By.xpath("//a[@href='#/reviews/" + id + "']/ancestor::tr/td[@data-col='action']"))
                    .stream().map(WebElement::getText).toList();
            return found.size() >= 2 ? found : null;
        });
        assertThat(acts).anyMatch(a -> a.startsWith("同意")).anyMatch(a -> a.startsWith("退回"));
        browser.screenshot("10-done");
    }

    private void approveFromInbox(String username, String name, String id, String screenshot) {
        browser.signIn(username, name);
        browser.awaitAfterReload(By.cssSelector("a[href='#/reviews/" + id + "']"), EVENTS).click();
        browser.find(By.id("decision-form"));
        if (screenshot != null) {
            browser.type(By.id("f-opinion"), "同意。");
            browser.screenshot(screenshot);
        }
        browser.click(By.id("decide"));
        browser.await(ExpectedConditions.urlContains("#/inbox"));
        browser.find(By.id("inbox-summary"));
        assertThat(browser.driver().findElements(By.cssSelector("a[href='#/reviews/" + id + "']"))).isEmpty();
    }

    private void zhangWeiSeesItArchivedInHisDrafts(String id) {
        browser.signIn("zhangwei", "张伟");
        browser.open("#/drafts");
        browser.awaitAfterReload(By.xpath("//a[@href='#/drafts/" + id + "']/ancestor::tr//span[@data-status='ARCHIVED']"), EVENTS);
        browser.screenshot("12-my-drafts");
    }

    private void zhouShenFindsItByTwoCharactersAndOpensItsTrail(String id) {
        browser.signIn("zhoushen", "周慎");
        browser.find(By.cssSelector("#main .table-wrap, #main .empty")); // the first listing has arrived
        browser.type(By.id("f-q"), "救助");
        browser.click(By.id("search"));
        WebElement link = browser.awaitAfterReload(By.cssSelector("a[href='#/archive/" + id + "']"), EVENTS);
        assertThat(link.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("救助");
        browser.screenshot("13-archive-search");
        link.click();
        String archiveNo = browser.find(By.id("record-archive-no")).getText();
        assertThat(archiveNo).matches("Z011-WS·\\d{4}-D30-SHJZ-\\d{4}");
        assertThat(browser.find(By.id("record-number")).getText()).matches("江民发〔\\d{4}〕\\d+号");
        List<String> actions = browser.driver().findElements(By.cssSelector("#trail li")).stream()
                .map(li -> li.getAttribute("class").replaceAll(".*action-", "")).toList();
        assertThat(actions).containsSubsequence("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "APPROVED", "SIGNED",
                "ARCHIVED");
        assertThat(browser.find(By.id("trail")).getText()).contains(RETURN_OPINION);
        assertThat(browser.find(By.cssSelector("#gw-document .gw-attachments")).getText().replace("\n", ""))
                .isEqualTo("附件：" + ATTACHMENT);
        // the signed document as printed: 文号 in the head, the resubmitted body, 成文日期
        assertThat(browser.find(By.cssSelector("#gw-document .gw-number")).getText()).matches("江民发〔\\d{4}〕\\d+号");
        assertThat(browser.find(By.cssSelector("#gw-document .gw-body")).getText()).contains("2800万元");
        assertThat(browser.find(By.cssSelector("#gw-document .gw-date")).getText()).matches("\\d{4}年[1-9]\\d?月[1-9]\\d?日");
        // the page itself checks the inclusion proof up to a signed checkpoint (RFC 9162, Ed25519)
        WebElement proof = browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#record-proof [data-state='verified']")), EVENTS);
        assertThat(proof.getText()).matches("已验证：包含于检查点 #\\d+");
        // the archival package (ZIP with content, metadata, proof and checkpoint) is one click away
        assertThat(browser.find(By.id("record-export")).getText()).isEqualTo("下载");
        // issue 18: the archive renders the document as PDF/A and OFD just after archiving; the page offers both
        browser.await(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#record-rendition [data-state='rendered']")), EVENTS);
        assertThat(browser.find(By.id("record-rendition-pdf")).getText()).isEqualTo("下载 PDF");
        assertThat(browser.find(By.id("record-rendition-ofd")).getText()).isEqualTo("下载 OFD");
        // the trail ends with the archive's own act once the files exist, also when they came while the page was open
        browser.await(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#trail .action-RENDERED"), "生成版式文件"), EVENTS);
        browser.screenshot("14-archive-record");

        // 统计: the month of this 签发 has at least this document; the review levels have their times
        browser.click(By.id("nav-statistics"));
        assertThat(browser.find(By.cssSelector("#per-month svg")).findElements(By.cssSelector("rect.bar"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector("#review-times svg")).findElements(By.cssSelector("rect.bar"))).isNotEmpty();
        browser.screenshot("16-statistics");
    }
}
