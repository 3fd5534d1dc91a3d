import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

public class Hammer {
    static double cpu(long pid) throws Exception {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }
    public static void main(String[] a) throws Exception {
        String url = a[0], token = a[1]; long pid = Long.parseLong(a[2]); int calls = Integer.parseInt(a[3]); final int T = Integer.parseInt(a[4]);
        Map<String, String[]> variants = new LinkedHashMap<>();
        variants.put("plain", new String[0]);
        variants.put("traceparent", new String[]{"traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"});
        variants.put("x-forwarded", new String[]{"X-Forwarded-For", "127.0.0.1", "X-Forwarded-Proto", "http", "X-Forwarded-Host", "localhost:8080", "X-Forwarded-Port", "8080", "Forwarded", "proto=http;host=\"localhost:8080\";for=\"127.0.0.1:5555\""});
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int round = 0; round < 2; round++) for (var v : variants.entrySet()) {
            ExecutorService pool = Executors.newFixedThreadPool(T);
            double before = cpu(pid);
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < T; t++) fs.add(pool.submit(() -> {
                for (int i = 0; i < calls / T; i++) {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
                    String[] h = v.getValue();
                    for (int k = 0; k < h.length; k += 2) b.header(h[k], h[k + 1]);
                    try { var r = client.send(b.build(), HttpResponse.BodyHandlers.ofString()); if (r.statusCode() != 200) throw new IllegalStateException("" + r.statusCode()); }
                    catch (Exception e) { throw new RuntimeException(e); }
                }
                return null;
            }));
            for (var f : fs) f.get();
            pool.shutdown();
            System.out.printf("round %d %-12s drafting %.3f CPU ms per call%n", round, v.getKey(), (cpu(pid) - before) * 1000 / calls);
        }
    }
}
