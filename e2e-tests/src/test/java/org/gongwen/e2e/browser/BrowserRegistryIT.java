package org.gongwen.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.gongwen.e2e.Lifecycle;
import org.gongwen.e2e.Suite;
import org.gongwen.gatewayclient.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The 收文 side of issue 17 clicked through the web page in real Chromium against the suite (gateway + four services):
 * an issued 通知 whose 主送 are 社会救助科 and 养老服务科 reaches each as a delivery, and 张伟 and 李娜 each 签收 it
 * (DLV-SIGN-1); an outside 来文 is registered by 钱晓 of the office — the page first shows the missing title at its
 * field (RCV-REG-1) —, numbered 收〔YYYY〕N号, accepted (初审), proposed (拟办) and sent round to 王强 (传阅); 王强
 * reads it with a 批示 and 批办s it to 社会救助科 with a deadline (RCV-ASSIGN-1, RCV-ASSIGN-3 shown at the deadline
 * first) and 交办s the matter behind it (督办, SUP-ASSIGN-1); 张伟 finds it under 我的承办, records the 办理结果 and
 * 办结s it (RCV-HANDLE-1), the trail showing every step, then reports progress on the matter and concludes it.
 */
class BrowserRegistryIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String NOTICE = "江城市民政局关于开展" + RUN + "养老机构安全检查的通知";
    private static final String INCOMING = "关于做好" + RUN + "防汛救灾物资储备工作的通知";
    private static final String MATTER = "汛前完成" + RUN + "救灾物资仓库安全检查";

    private static Browser browser;
    private static GatewayClient api;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onSuite();
        api = new GatewayClient(Suite.get().gatewayUrl());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anIssuedNoticeIsSignedForByTwoUnitsAndAnOutsideDocumentIsRegisteredAssignedAndConcluded() {
        try {
            String issued = issueNoticeToTwoUnits();
            signFor("zhangwei", "张伟", "SHJZ", issued);
            signFor("lina", "李娜", "YLFW", issued);
            browser.screenshot("20-deliveries");

            String incoming = registerAcceptAndPropose();
            assign(incoming);
            conclude(incoming);
            zhouShenFindsTheConcludedIncomingInTheArchive(incoming);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure-registry");
            throw e;
        }
    }

    /** 张伟 drafts the 通知 to both units; 孙立, 赵敏 and 王强 approve it (王强's approval is 签发). */
    private static String issueNoticeToTwoUnits() {
        // the deliveries are awaited on the page
        return new Lifecycle(api).issue("zhangwei", Lifecycle.通知(NOTICE, List.of("社会救助科", "养老服务科"), List.of(),
                null));
    }

    /** The unit's person finds the 通知 among the deliveries awaiting 签收 and signs for it on the page (DLV-SIGN-1). */
    private static void signFor(String username, String name, String unit, String documentId) {
        browser.signIn(username, name);
        browser.click(By.id("nav-deliveries"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "签收"));
        By row = By.xpath("//tr[td[@data-col='title'][normalize-space()='" + NOTICE + "']]");
        WebElement pending = browser.awaitAfterReload(row, EVENTS);
        assertThat(pending.findElement(By.cssSelector("td[data-col='recipient']")).getText()).endsWith("（主送）");
        assertThat(pending.findElement(By.cssSelector("td[data-col='status']")).getText()).contains("待签收");
        pending.findElement(By.cssSelector("button[id^='sign-']")).click();
        browser.await(ExpectedConditions.textToBe(By.id("notice"), "已签收。"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(row));

        JsonNode delivery = deliveryOf(username, documentId);
        assertThat(delivery.get("status").asString()).isEqualTo("SIGNED");
        assertThat(delivery.get("unit").asString()).isEqualTo(unit);
        assertThat(delivery.get("actedBy").asString()).isEqualTo(username);

        browser.click(By.id("tab-deliveries-all"));
        WebElement signed = browser.find(row);
        assertThat(signed.findElement(By.cssSelector("td[data-col='status']")).getText()).contains("已签收");
    }

    private static JsonNode deliveryOf(String username, String documentId) {
        GatewayClient.Response mine = api.get(username, "/api/registry/deliveries");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        for (JsonNode d : mine.body()) {
            if (documentId.equals(d.get("documentId").asString())) {
                return d;
            }
        }
        throw new AssertionError(username + " has no delivery of " + documentId + ": " + mine);
    }

    /** 钱晓 of the office registers the 来文 (a missing title shown at its field first), accepts it and proposes. */
    private static String registerAcceptAndPropose() {
        browser.signIn("qianxiao", "钱晓");
        browser.click(By.id("nav-incoming"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("#main h1"), "收文"));
        browser.click(By.id("new-incoming"));
        browser.type(By.id("f-senderOrgan"), "江城市人民政府办公室");
        browser.type(By.id("f-senderNumber"), "江政办发〔2026〕18号");
        new Select(browser.find(By.id("f-urgency"))).selectByValue("加急");
        browser.type(By.id("f-copies"), "2");
        browser.click(By.id("register"));
        WebElement titleError = browser.find(By.cssSelector("#f-title-errors .violation"));
        assertThat(titleError.getAttribute("data-rule")).isEqualTo("RCV-REG-1");
        assertThat(titleError.getText()).contains("请填写标题。");
        assertThat(browser.find(By.id("f-title")).getAttribute("aria-invalid")).isEqualTo("true");

        browser.type(By.id("f-title"), INCOMING);
        browser.click(By.id("register"));
        WebElement receipt = browser.find(By.id("incoming-receipt-number"));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(receipt.getText()).matches("收〔" + year + "〕\\d+号");
        String url = browser.driver().getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertThat(browser.find(By.id("incoming-status")).getText()).isEqualTo("已登记");
        browser.screenshot("21-incoming-registered");

        browser.click(By.id("accept"));
        browser.await(ExpectedConditions.textToBe(By.id("incoming-status"), "初审通过"));
        browser.type(By.id("f-opinion"), "拟请社会救助科牵头办理，养老服务科协办。");
        browser.click(By.id("propose"));
        browser.await(ExpectedConditions.textToBe(By.id("incoming-status"), "已拟办"));
        assertThat(browser.find(By.id("incoming-holder")).getText()).isEqualTo("待领导批办");

        browser.click(By.id("reader-wangqiang"));
        browser.click(By.id("start-circulation"));
        browser.await(ExpectedConditions.textToBe(By.id("notice"), "已发起传阅。"));
        return id;
    }

    /**
     * 王强 reads it from his 传阅 with a 批示 (阅毕), then 批办s it: 主办 社会救助科, 协办 养老服务科, a deadline (a 加急
     * document needs one, RCV-ASSIGN-3).
     */
    private static void assign(String id) {
        browser.signIn("wangqiang", "王强");
        browser.click(By.id("nav-circulations"));
        By toRead = By.xpath("//tr[td[@data-col='title'][normalize-space()='" + INCOMING + "']]");
        WebElement circulating = browser.awaitAfterReload(toRead, EVENTS);
        circulating.findElement(By.cssSelector("input[name='instruction']")).sendKeys("请社会救助科抓紧落实。");
        circulating.findElement(By.cssSelector("button[id^='read-']")).click();
        browser.await(ExpectedConditions.textToBe(By.id("notice"), "已阅。"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(toRead));

        browser.click(By.id("nav-incoming"));
        browser.click(By.linkText(INCOMING));
        new Select(browser.find(By.id("f-leadUnit"))).selectByValue("SHJZ");
        browser.click(By.id("assist-YLFW"));
        browser.type(By.id("f-instruction"), "请社会救助科牵头，于期限内报送落实情况。");
        browser.click(By.id("assign"));
        WebElement deadlineError = browser.find(By.cssSelector("#f-deadline-errors .violation"));
        assertThat(deadlineError.getAttribute("data-rule")).isEqualTo("RCV-ASSIGN-3");

        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('f-deadline').value = arguments[0]", deadline);
        browser.click(By.id("assign"));
        browser.await(ExpectedConditions.textToBe(By.id("incoming-status"), "承办中"));
        assertThat(browser.find(By.id("incoming-lead-unit")).getText()).isEqualTo("社会救助科");
        assertThat(browser.find(By.id("incoming-holder")).getText()).isEqualTo("社会救助科（主办）");
        assertThat(api.get("wangqiang", "/api/registry/incoming/" + id).body().get("assignment").get("deadline")
                .asString()).isEqualTo(deadline);

        // 督办: the matter behind it, assigned to the same unit (SUP-ASSIGN-1)
        browser.click(By.id("nav-matters"));
        browser.type(By.id("f-matter"), MATTER);
        new Select(browser.find(By.id("f-unit"))).selectByValue("SHJZ");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('f-deadline').value = arguments[0]", deadline);
        browser.click(By.id("assign-matter"));
        browser.await(ExpectedConditions.textToBe(By.id("notice"), "已交办。"));
        browser.find(matterRow());
    }

    private static By matterRow() {
        return By.xpath("//tr[td[@data-col='matter'][normalize-space()='" + MATTER + "']]");
    }

    /**
     * 张伟 of the 主办 unit finds it under 我的承办 with the leader's 批示, starts the reply (起草答复: a 复函 to the sender
     * opens in the editor, RCV-REPLY-1), then records the result by hand and 办结s it; the trail has every step.
     */
    private static void conclude(String id) {
        browser.signIn("zhangwei", "张伟");
        browser.await(ExpectedConditions.textToBe(By.id("nav-incoming"), "我的承办"));
        browser.click(By.id("nav-incoming"));
        browser.click(By.linkText(INCOMING));
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("incoming-instructions")));
        assertThat(browser.find(By.id("incoming-instructions")).getText()).contains("请社会救助科牵头，于期限内报送落实情况。");
        browser.click(By.id("start-reply"));
        browser.await(ExpectedConditions.attributeToBe(By.id("f-title"), "value",
                "江城市民政局关于做好" + RUN + "防汛救灾物资储备工作的复函"));
        assertThat(browser.find(By.id("f-mainRecipients")).getAttribute("value")).contains("江城市人民政府办公室");
        browser.screenshot("21b-reply-drafted");
        org.awaitility.Awaitility.await("答复起草 in the trail").atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            List<String> actions = new java.util.ArrayList<>();
            api.get("zhangwei", "/api/registry/incoming/" + id).body().get("trail")
                    .forEach(e -> actions.add(e.get("action").asString()));
            return actions.contains("答复起草");
        });
        browser.click(By.id("nav-incoming"));
        browser.click(By.linkText(INCOMING));
        browser.type(By.id("f-result"), "已完成防汛救灾物资储备核查，报送落实情况。");
        browser.click(By.id("conclude"));
        browser.await(ExpectedConditions.textToBe(By.id("incoming-status"), "已办结"));
        assertThat(browser.find(By.id("incoming-result")).getText()).isEqualTo("已完成防汛救灾物资储备核查，报送落实情况。");
        List<String> trail = browser.driver().findElements(By.cssSelector("#incoming-trail li")).stream()
                .map(li -> li.getAttribute("data-action")).toList();
        assertThat(trail).containsExactly("登记", "初审通过", "拟办", "批办", "答复起草", "办结");
        assertThat(browser.find(By.id("incoming-trail")).getText()).contains("张伟（社会救助科）");
        browser.screenshot("22-incoming-concluded");
        assertThat(api.get("zhangwei", "/api/registry/incoming/" + id).body().get("status").asString())
                .isEqualTo("CONCLUDED");

        // the 督办 matter: a progress report, then 办结 (SUP-PROGRESS-1, SUP-DONE-1)
        browser.click(By.id("nav-matters"));
        WebElement matter = browser.find(matterRow());
        matter.findElement(By.cssSelector("input[name='text']")).sendKeys("已检查3个仓库，1处隐患已整改。");
        matter.findElement(By.cssSelector("button[id^='report-']")).click();
        browser.await(ExpectedConditions.textToBe(By.id("notice"), "已报告进展。"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(matterRow(), "已检查3个仓库，1处隐患已整改。"));
        browser.find(matterRow()).findElement(By.cssSelector("input[name='text']")).sendKeys("仓库安全检查全部完成。");
        browser.find(matterRow()).findElement(By.cssSelector("button[id^='conclude-']")).click();
        browser.await(ExpectedConditions.textToBe(By.id("notice"), "已办结。"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(matterRow()));
        browser.click(By.id("tab-matters-all"));
        assertThat(browser.find(matterRow()).getText()).contains("仓库安全检查全部完成。");
        browser.screenshot("23-matters");
    }

    /**
     * Issue 17: the 办结ed 收文 is archived in its own class; 周慎 finds it by its 收文编号, sees it is a 收文 and opens
     * its 处理单 with the 批示 and the result, and the trail from 登记 to 办结.
     */
    private static void zhouShenFindsTheConcludedIncomingInTheArchive(String id) {
        String receiptNumber = api.get("qianxiao", "/api/registry/incoming/" + id).body().get("receiptNumber").asString();
        browser.signIn("zhoushen", "周慎");
        browser.find(By.cssSelector("#main .table-wrap, #main .empty")); // the first listing has arrived
        browser.type(By.id("f-q"), receiptNumber);
        browser.click(By.id("search"));
        WebElement link = browser.awaitAfterReload(By.cssSelector("a[href='#/archive/" + id + "']"), EVENTS);
        assertThat(link.findElement(By.xpath("ancestor::tr")).getText()).contains("收文", receiptNumber);
        browser.screenshot("24-archive-incoming-search");
        link.click();
        assertThat(browser.find(By.id("record-kind")).getText()).isEqualTo("收文");
        assertThat(browser.find(By.id("record-archive-no")).getText()).matches("Z011-WS·\\d{4}-D30-SW-\\d{4}");
        assertThat(browser.find(By.id("record-receipt-number")).getText()).isEqualTo(receiptNumber);
        assertThat(browser.find(By.id("sheet-result")).getText()).contains("已完成防汛救灾物资储备核查，报送落实情况。");
        List<String> actions = browser.driver().findElements(By.cssSelector("#trail li")).stream()
                .map(li -> li.getAttribute("class").replaceAll(".*action-", "")).toList();
        assertThat(actions).contains("REGISTERED", "READ", "ASSIGNED", "CONCLUDED", "ARCHIVED");
        browser.screenshot("25-archive-incoming-record");
    }
}
