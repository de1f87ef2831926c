const $T = require("containerless/tracing");
const $t1 = ["n", 7];
const $t2 = ["n$0"];
const $t3 = ["bin", "%", ["bin", "+", ["bin", "*", ["v", "seed"], ["n", 1664525]], ["n", 1013904223]], ["n", 4294967296]];
const $t4 = ["bin", "*", ["bin", "/", ["v", "seed"], ["n", 4294967296]], ["v", "n$0"]];
const $t5 = [$t4];
const $t6 = ["g", "Math"];
const $t7 = ["v", "$r1"];
const $t8 = [];
const $t9 = ["n", 12];
const $t10 = [$t9];
const $t11 = ["bin", "===", ["v", "k$1"], ["n", 0]];
const $t12 = ["u"];
const $t13 = ["bin", "===", ["v", "k$1"], ["n", 1]];
const $t14 = ["n", 20];
const $t15 = [$t14];
const $t16 = ["v", "$r2"];
const $t17 = [$t16];
const $t18 = ["g", "String"];
const $t19 = ["v", "$r3"];
const $t20 = ["bin", "===", ["v", "k$1"], ["n", 2]];
const $t21 = ["n", -0];
const $t22 = ["bin", "===", ["v", "k$1"], ["n", 3]];
const $t23 = ["n", 3];
const $t24 = [$t23];
const $t25 = ["bin", "===", ["v", "$r4"], ["n", 0]];
const $t26 = ["null"];
const $t27 = ["bin", "+", ["s", "b"], ["v", "$r6"]];
const $t28 = ["v", "$r5"];
const $t29 = ["bin", "===", ["v", "k$1"], ["n", 4]];
const $t30 = ["n", 2];
const $t31 = [$t30];
const $t32 = ["bin", "===", ["v", "$r7"], ["n", 0]];
const $t33 = ["b", true];
const $t34 = ["n", NaN];
const $t35 = ["v", "$r8"];
const $t36 = ["n", 9];
const $t37 = [$t36];
const $t38 = ["bin", "-", ["v", "$r9"], ["n", 2]];
const $t39 = ["v"];
const $t40 = ["v", "v"];
const $t41 = ["fn", "F4"];
const $t42 = [$t40, $t41];
const $t43 = ["k$2", "x$3"];
const $t44 = ["bin", "===", ["v", "x$3"], ["u"]];
const $t45 = ["s", "U"];
const $t46 = ["bin", "===", ["un", "typeof", ["v", "x$3"]], ["s", "number"]];
const $t47 = ["v", "$r12"];
const $t48 = ["bin", "!==", ["v", "x$3"], ["v", "x$3"]];
const $t49 = ["un", "!", ["v", "$r11"]];
const $t50 = ["v", "x$3"];
const $t51 = [$t50, $t21];
const $t52 = ["g", "Object"];
const $t53 = ["v", "$r10"];
const $t54 = ["v", "$r11"];
const $t55 = [$t50];
const $t56 = ["v", "$r14"];
const $t57 = ["s", "-0"];
const $t58 = ["s", ""];
const $t59 = ["bin", "+", ["v", "$r13"], ["v", "$r15"]];
const $t60 = ["g", "JSON"];
const $t61 = ["v", "$r16"];
const $t62 = ["a$4"];
const $t63 = ["n", 0];
const $t64 = ["un", "!", ["bin", "<", ["v", "i$5"], ["get", ["v", "a$4"], "length"]]];
const $t65 = ["bin", "in", ["v", "i$5"], ["v", "a$4"]];
const $t66 = ["s", "1"];
const $t67 = ["s", "0"];
const $t68 = ["bin", "+", ["v", "s"], ["v", "$r17"]];
const $t69 = ["bin", "+", ["v", "i$5"], ["n", 1]];
const $t70 = ["v", "s"];
const $t71 = ["kind$6", "log$7", "a$8"];
const $t72 = ["arr", []];
const $t73 = ["un", "!", ["bin", "<", ["v", "i$9"], ["n", 40]]];
const $t74 = ["bin", "-", ["v", "$r18"], ["n", 1]];
const $t75 = [$t74];
const $t76 = ["v", "table"];
const $t77 = ["bin", "+", ["v", "i$9"], ["n", 1]];
const $t78 = ["bin", "===", ["v", "kind$6"], ["n", 0]];
const $t79 = ["bin", "===", ["v", "kind$6"], ["n", 1]];
const $t80 = ["fn", "F7"];
const $t81 = ["x$10", "y$11"];
const $t82 = ["arr", [["v", "x$10"], ["v", "y$11"]]];
const $t83 = [$t82];
const $t84 = ["v", "log$7"];
const $t85 = ["bin", "===", ["un", "typeof", ["v", "x$10"]], ["s", "number"]];
const $t86 = ["v", "x$10"];
const $t87 = ["n", 4];
const $t88 = ["bin", "===", ["un", "typeof", ["v", "y$11"]], ["s", "number"]];
const $t89 = ["v", "y$11"];
const $t90 = ["bin", "-", ["v", "$r19"], ["v", "$r20"]];
const $t91 = ["bin", "===", ["v", "kind$6"], ["n", 2]];
const $t92 = ["fn", "F8"];
const $t93 = ["x$12", "y$13"];
const $t94 = ["arr", [["v", "x$12"], ["v", "y$13"]]];
const $t95 = [$t94];
const $t96 = ["bin", "+", ["v", "calls"], ["n", 1]];
const $t97 = ["idx", ["v", "table"], ["bin", "%", ["v", "calls"], ["n", 40]]];
const $t98 = ["bin", "===", ["v", "kind$6"], ["n", 3]];
const $t99 = ["fn", "F9"];
const $t100 = ["x$14", "y$15"];
const $t101 = ["arr", [["v", "x$14"], ["v", "y$15"]]];
const $t102 = [$t101];
const $t103 = ["bin", "===", ["v", "calls"], ["n", 9]];
const $t104 = ["s", "thrown"];
const $t105 = ["bin", "===", ["v", "kind$6"], ["n", 4]];
const $t106 = ["fn", "F10"];
const $t107 = ["x$16", "y$17"];
const $t108 = ["arr", [["v", "x$16"], ["v", "y$17"]]];
const $t109 = [$t108];
const $t110 = ["bin", "===", ["v", "calls"], ["n", 3]];
const $t111 = ["s", "pushed"];
const $t112 = [$t111];
const $t113 = ["v", "a$8"];
const $t114 = ["s", "over"];
const $t115 = ["bin", "===", ["v", "calls"], ["n", 6]];
const $t116 = ["n", 1];
const $t117 = ["s", "length"];
const $t118 = ["v", "x$16"];
const $t119 = [$t118];
const $t120 = ["v", "y$17"];
const $t121 = [$t120];
const $t122 = ["bin", "<", ["v", "$r21"], ["v", "$r22"]];
const $t123 = ["n", -1];
const $t124 = ["v", "$r23"];
const $t125 = ["bin", "===", ["v", "kind$6"], ["n", 5]];
const $t126 = ["fn", "F11"];
const $t127 = ["x$18", "y$19"];
const $t128 = ["arr", [["v", "x$18"], ["v", "y$19"]]];
const $t129 = [$t128];
const $t130 = ["bin", "===", ["bin", "%", ["v", "calls"], ["n", 4]], ["n", 0]];
const $t131 = ["s", "-2"];
const $t132 = ["bin", "===", ["bin", "%", ["v", "calls"], ["n", 4]], ["n", 1]];
const $t133 = ["v", "$r26"];
const $t134 = ["bin", ">", ["v", "x$18"], ["v", "y$19"]];
const $t135 = ["v", "$r25"];
const $t136 = ["v", "$r24"];
const $t137 = ["un", "!", ["bin", "<", ["v", "group"], ["n", 8]]];
const $t138 = ["un", "!", ["bin", "<", ["v", "t"], ["n", 40]]];
const $t139 = ["n", 10];
const $t140 = [$t139];
const $t141 = ["bin", "===", ["v", "$r27"], ["n", 0]];
const $t142 = ["bin", "+", ["n", 60], ["v", "$r29"]];
const $t143 = ["n", 14];
const $t144 = [$t143];
const $t145 = ["v", "$r30"];
const $t146 = ["v", "$r28"];
const $t147 = ["un", "!", ["bin", "<", ["v", "i$24"], ["v", "n$20"]]];
const $t148 = ["v", "$r31"];
const $t149 = [$t148];
const $t150 = ["v", "a$21"];
const $t151 = ["bin", "+", ["v", "i$24"], ["n", 1]];
const $t152 = ["n", 6];
const $t153 = [$t152];
const $t154 = ["bin", "===", ["v", "$r32"], ["n", 0]];
const $t155 = ["s", "far"];
const $t156 = ["bin", "+", ["v", "n$20"], ["v", "$r33"]];
const $t157 = [$t1];
const $t158 = [$t87];
const $t159 = ["bin", "===", ["v", "$r34"], ["n", 0]];
const $t160 = ["v", "kind$22"];
const $t161 = ["v", "log$23"];
const $t162 = [$t160, $t161, $t150];
const $t163 = ["s", "none"];
const $t164 = ["bin", "===", ["v", "cmp"], ["u"]];
const $t165 = ["v", "copy"];
const $t166 = ["isarr", ["v", "$r36"]];
const $t167 = ["get", ["v", "$r36"], "length"];
const $t168 = ["bin", "<", ["v", "$r39"], ["n", 64]];
const $t169 = ["un", "!", ["bin", "<", ["v", "$r40"], ["v", "$r39"]]];
const $t170 = ["bin", "in", ["v", "$r40"], ["v", "$r36"]];
const $t171 = ["idx", ["v", "$r36"], ["v", "$r40"]];
const $t172 = ["bin", "!==", ["v", "$r41"], ["u"]];
const $t173 = ["v", "$r41"];
const $t174 = ["v", "$r38"];
const $t175 = ["v", "$r42"];
const $t176 = ["bin", "+", ["v", "$r42"], ["n", 1]];
const $t177 = ["bin", "+", ["v", "$r40"], ["n", 1]];
const $t178 = ["get", ["v", "$r38"], "length"];
const $t179 = ["un", "!", ["bin", "<", ["v", "$r43"], ["n", 2]]];
const $t180 = ["idx", ["v", "$r38"], ["n", 1]];
const $t181 = ["idx", ["v", "$r38"], ["n", 0]];
const $t182 = ["bin", "+", ["s", ""], ["v", "$r44"]];
const $t183 = ["bin", "+", ["s", ""], ["v", "$r45"]];
const $t184 = ["bin", "<", ["v", "$r47"], ["v", "$r48"]];
const $t185 = ["v", "$r44"];
const $t186 = ["un", "!", ["bin", "<", ["v", "$r51"], ["v", "$r43"]]];
const $t187 = ["idx", ["v", "$r38"], ["v", "$r51"]];
const $t188 = ["bin", "+", ["s", ""], ["v", "$r52"]];
const $t189 = ["bin", "+", ["s", ""], ["v", "$r50"]];
const $t190 = ["v", "$r46"];
const $t191 = ["un", "!", ["bin", "<", ["v", "$r53"], ["v", "$r54"]]];
const $t192 = ["bin", "<", ["v", "$r53"], ["v", "$r54"]];
const $t193 = ["v", "$r52"];
const $t194 = ["bin", "+", ["v", "$r49"], ["n", 1]];
const $t195 = ["bin", "+", ["v", "$r51"], ["n", 1]];
const $t196 = ["bin", "-", ["v", "$r49"], ["n", 1]];
const $t197 = ["un", "!", ["bin", "<", ["v", "$r55"], ["v", "$r56"]]];
const $t198 = ["idx", ["v", "$r38"], ["v", "$r55"]];
const $t199 = ["idx", ["v", "$r38"], ["v", "$r56"]];
const $t200 = ["v", "$r55"];
const $t201 = ["v", "$r57"];
const $t202 = ["v", "$r56"];
const $t203 = ["bin", "+", ["v", "$r55"], ["n", 1]];
const $t204 = ["bin", "-", ["v", "$r56"], ["n", 1]];
const $t205 = ["v", "$r49"];
const $t206 = ["un", "!", ["bin", "<", ["v", "$r58"], ["v", "$r43"]]];
const $t207 = ["v", "$r58"];
const $t208 = ["idx", ["v", "$r38"], ["v", "$r58"]];
const $t209 = ["un", "!", ["bin", "<", ["v", "$r59"], ["v", "$r60"]]];
const $t210 = ["bin", "+", ["v", "$r59"], ["bin", ">>", ["bin", "-", ["v", "$r60"], ["v", "$r59"]], ["n", 1]]];
const $t211 = ["idx", ["v", "$r38"], ["v", "$r62"]];
const $t212 = ["bin", "+", ["s", ""], ["v", "$r61"]];
const $t213 = ["bin", "+", ["s", ""], ["v", "$r63"]];
const $t214 = ["bin", "<", ["v", "$r64"], ["v", "$r65"]];
const $t215 = ["v", "$r62"];
const $t216 = ["bin", "+", ["v", "$r62"], ["n", 1]];
const $t217 = ["un", "!", ["bin", ">", ["v", "$r66"], ["v", "$r59"]]];
const $t218 = ["bin", "-", ["v", "$r66"], ["n", 1]];
const $t219 = ["idx", ["v", "$r38"], ["v", "$r67"]];
const $t220 = ["v", "$r66"];
const $t221 = ["v", "$r67"];
const $t222 = ["v", "$r61"];
const $t223 = ["v", "$r59"];
const $t224 = ["bin", "+", ["v", "$r58"], ["n", 1]];
const $t225 = ["isarr", ["v", "$r38"]];
const $t226 = ["un", "!", ["bin", "<", ["v", "$r43"], ["v", "$r39"]]];
const $t227 = ["v", "$r43"];
const $t228 = ["bin", "+", ["v", "$r43"], ["n", 1]];
const $t229 = ["v", "$r36"];
const $t230 = ["v", "$r68"];
const $t231 = ["v", "$r69"];
const $t232 = ["v", "$r37"];
const $t233 = ["v", "$r70"];
const $t234 = ["isarr", ["v", "$r71"]];
const $t235 = ["get", ["v", "$r71"], "length"];
const $t236 = ["bin", "<", ["v", "$r74"], ["n", 64]];
const $t237 = ["un", "!", ["bin", "<", ["v", "$r75"], ["v", "$r74"]]];
const $t238 = ["bin", "in", ["v", "$r75"], ["v", "$r71"]];
const $t239 = ["idx", ["v", "$r71"], ["v", "$r75"]];
const $t240 = ["bin", "!==", ["v", "$r76"], ["u"]];
const $t241 = ["v", "$r76"];
const $t242 = ["v", "$r73"];
const $t243 = ["v", "$r77"];
const $t244 = ["bin", "+", ["v", "$r77"], ["n", 1]];
const $t245 = ["bin", "+", ["v", "$r75"], ["n", 1]];
const $t246 = ["get", ["v", "$r73"], "length"];
const $t247 = ["un", "!", ["bin", "<", ["v", "$r78"], ["n", 2]]];
const $t248 = ["idx", ["v", "$r73"], ["n", 1]];
const $t249 = ["idx", ["v", "$r73"], ["n", 0]];
const $t250 = ["bin", "+", ["s", ""], ["v", "$r79"]];
const $t251 = ["bin", "+", ["s", ""], ["v", "$r80"]];
const $t252 = ["bin", "<", ["v", "$r82"], ["v", "$r83"]];
const $t253 = ["v", "$r79"];
const $t254 = ["un", "!", ["bin", "<", ["v", "$r86"], ["v", "$r78"]]];
const $t255 = ["idx", ["v", "$r73"], ["v", "$r86"]];
const $t256 = ["bin", "+", ["s", ""], ["v", "$r87"]];
const $t257 = ["bin", "+", ["s", ""], ["v", "$r85"]];
const $t258 = ["v", "$r81"];
const $t259 = ["un", "!", ["bin", "<", ["v", "$r88"], ["v", "$r89"]]];
const $t260 = ["bin", "<", ["v", "$r88"], ["v", "$r89"]];
const $t261 = ["v", "$r87"];
const $t262 = ["bin", "+", ["v", "$r84"], ["n", 1]];
const $t263 = ["bin", "+", ["v", "$r86"], ["n", 1]];
const $t264 = ["bin", "-", ["v", "$r84"], ["n", 1]];
const $t265 = ["un", "!", ["bin", "<", ["v", "$r90"], ["v", "$r91"]]];
const $t266 = ["idx", ["v", "$r73"], ["v", "$r90"]];
const $t267 = ["idx", ["v", "$r73"], ["v", "$r91"]];
const $t268 = ["v", "$r90"];
const $t269 = ["v", "$r92"];
const $t270 = ["v", "$r91"];
const $t271 = ["bin", "+", ["v", "$r90"], ["n", 1]];
const $t272 = ["bin", "-", ["v", "$r91"], ["n", 1]];
const $t273 = ["v", "$r84"];
const $t274 = ["un", "!", ["bin", "<", ["v", "$r93"], ["v", "$r78"]]];
const $t275 = ["v", "$r93"];
const $t276 = ["idx", ["v", "$r73"], ["v", "$r93"]];
const $t277 = ["un", "!", ["bin", "<", ["v", "$r94"], ["v", "$r95"]]];
const $t278 = ["bin", "+", ["v", "$r94"], ["bin", ">>", ["bin", "-", ["v", "$r95"], ["v", "$r94"]], ["n", 1]]];
const $t279 = ["idx", ["v", "$r73"], ["v", "$r97"]];
const $t280 = ["bin", "+", ["s", ""], ["v", "$r96"]];
const $t281 = ["bin", "+", ["s", ""], ["v", "$r98"]];
const $t282 = ["bin", "<", ["v", "$r99"], ["v", "$r100"]];
const $t283 = ["v", "$r97"];
const $t284 = ["bin", "+", ["v", "$r97"], ["n", 1]];
const $t285 = ["un", "!", ["bin", ">", ["v", "$r101"], ["v", "$r94"]]];
const $t286 = ["bin", "-", ["v", "$r101"], ["n", 1]];
const $t287 = ["idx", ["v", "$r73"], ["v", "$r102"]];
const $t288 = ["v", "$r101"];
const $t289 = ["v", "$r102"];
const $t290 = ["v", "$r96"];
const $t291 = ["v", "$r94"];
const $t292 = ["bin", "+", ["v", "$r93"], ["n", 1]];
const $t293 = ["un", "!", ["bin", "<", ["v", "$r103"], ["v", "$r78"]]];
const $t294 = ["idx", ["v", "$r73"], ["v", "$r103"]];
const $t295 = ["v", "$r71"];
const $t296 = ["v", "$r103"];
const $t297 = ["bin", "+", ["v", "$r103"], ["n", 1]];
const $t298 = ["un", "!", ["bin", "<", ["v", "$r103"], ["v", "$r74"]]];
const $t299 = ["v", "$r104"];
const $t300 = ["v", "$r105"];
const $t301 = ["v", "$r72"];
const $t302 = ["v", "$r106"];
const $t303 = ["v", "$r35"];
const $t304 = ["v", "cmp"];
const $t305 = ["isarr", ["v", "$r108"]];
const $t306 = ["bin", "===", ["un", "typeof", ["v", "$r109"]], ["s", "function"]];
const $t307 = ["get", ["v", "$r108"], "length"];
const $t308 = ["bin", "<", ["v", "$r112"], ["n", 64]];
const $t309 = ["un", "!", ["bin", "<", ["v", "$r113"], ["v", "$r112"]]];
const $t310 = ["bin", "in", ["v", "$r113"], ["v", "$r108"]];
const $t311 = ["idx", ["v", "$r108"], ["v", "$r113"]];
const $t312 = ["bin", "!==", ["v", "$r114"], ["u"]];
const $t313 = ["v", "$r114"];
const $t314 = ["v", "$r111"];
const $t315 = ["v", "$r115"];
const $t316 = ["bin", "+", ["v", "$r115"], ["n", 1]];
const $t317 = ["bin", "+", ["v", "$r113"], ["n", 1]];
const $t318 = ["get", ["v", "$r111"], "length"];
const $t319 = ["un", "!", ["bin", "<", ["v", "$r116"], ["n", 2]]];
const $t320 = ["idx", ["v", "$r111"], ["n", 1]];
const $t321 = ["idx", ["v", "$r111"], ["n", 0]];
const $t322 = ["v", "$r117"];
const $t323 = ["v", "$r118"];
const $t324 = [$t322, $t323];
const $t325 = ["v", "$r109"];
const $t326 = ["un", "+", ["v", "$r120"]];
const $t327 = ["bin", "<", ["v", "$r121"], ["n", 0]];
const $t328 = ["un", "!", ["bin", "<", ["v", "$r124"], ["v", "$r116"]]];
const $t329 = ["idx", ["v", "$r111"], ["v", "$r124"]];
const $t330 = ["v", "$r125"];
const $t331 = ["v", "$r123"];
const $t332 = [$t330, $t331];
const $t333 = ["un", "+", ["v", "$r126"]];
const $t334 = ["v", "$r119"];
const $t335 = ["un", "!", ["bin", "<", ["v", "$r127"], ["n", 0]]];
const $t336 = ["bin", "<", ["v", "$r127"], ["n", 0]];
const $t337 = ["bin", "+", ["v", "$r122"], ["n", 1]];
const $t338 = ["bin", "+", ["v", "$r124"], ["n", 1]];
const $t339 = ["bin", "-", ["v", "$r122"], ["n", 1]];
const $t340 = ["un", "!", ["bin", "<", ["v", "$r128"], ["v", "$r129"]]];
const $t341 = ["idx", ["v", "$r111"], ["v", "$r128"]];
const $t342 = ["idx", ["v", "$r111"], ["v", "$r129"]];
const $t343 = ["v", "$r128"];
const $t344 = ["v", "$r130"];
const $t345 = ["v", "$r129"];
const $t346 = ["bin", "+", ["v", "$r128"], ["n", 1]];
const $t347 = ["bin", "-", ["v", "$r129"], ["n", 1]];
const $t348 = ["v", "$r122"];
const $t349 = ["un", "!", ["bin", "<", ["v", "$r131"], ["v", "$r116"]]];
const $t350 = ["v", "$r131"];
const $t351 = ["idx", ["v", "$r111"], ["v", "$r131"]];
const $t352 = ["un", "!", ["bin", "<", ["v", "$r132"], ["v", "$r133"]]];
const $t353 = ["bin", "+", ["v", "$r132"], ["bin", ">>", ["bin", "-", ["v", "$r133"], ["v", "$r132"]], ["n", 1]]];
const $t354 = ["idx", ["v", "$r111"], ["v", "$r135"]];
const $t355 = ["v", "$r134"];
const $t356 = ["v", "$r136"];
const $t357 = [$t355, $t356];
const $t358 = ["un", "+", ["v", "$r137"]];
const $t359 = ["bin", "<", ["v", "$r138"], ["n", 0]];
const $t360 = ["v", "$r135"];
const $t361 = ["bin", "+", ["v", "$r135"], ["n", 1]];
const $t362 = ["un", "!", ["bin", ">", ["v", "$r139"], ["v", "$r132"]]];
const $t363 = ["bin", "-", ["v", "$r139"], ["n", 1]];
const $t364 = ["idx", ["v", "$r111"], ["v", "$r140"]];
const $t365 = ["v", "$r139"];
const $t366 = ["v", "$r140"];
const $t367 = ["v", "$r132"];
const $t368 = ["bin", "+", ["v", "$r131"], ["n", 1]];
const $t369 = ["isarr", ["v", "$r111"]];
const $t370 = ["un", "!", ["bin", "<", ["v", "$r116"], ["v", "$r112"]]];
const $t371 = ["v", "$r116"];
const $t372 = ["bin", "+", ["v", "$r116"], ["n", 1]];
const $t373 = [$t325];
const $t374 = ["v", "$r108"];
const $t375 = ["v", "$r141"];
const $t376 = ["v", "$r142"];
const $t377 = ["v", "$r143"];
const $t378 = ["v", "$r110"];
const $t379 = ["v", "$r144"];
const $t380 = ["isarr", ["v", "$r145"]];
const $t381 = ["bin", "===", ["un", "typeof", ["v", "$r146"]], ["s", "function"]];
const $t382 = ["get", ["v", "$r145"], "length"];
const $t383 = ["bin", "<", ["v", "$r149"], ["n", 64]];
const $t384 = ["un", "!", ["bin", "<", ["v", "$r150"], ["v", "$r149"]]];
const $t385 = ["bin", "in", ["v", "$r150"], ["v", "$r145"]];
const $t386 = ["idx", ["v", "$r145"], ["v", "$r150"]];
const $t387 = ["bin", "!==", ["v", "$r151"], ["u"]];
const $t388 = ["v", "$r151"];
const $t389 = ["v", "$r148"];
const $t390 = ["v", "$r152"];
const $t391 = ["bin", "+", ["v", "$r152"], ["n", 1]];
const $t392 = ["bin", "+", ["v", "$r150"], ["n", 1]];
const $t393 = ["get", ["v", "$r148"], "length"];
const $t394 = ["un", "!", ["bin", "<", ["v", "$r153"], ["n", 2]]];
const $t395 = ["idx", ["v", "$r148"], ["n", 1]];
const $t396 = ["idx", ["v", "$r148"], ["n", 0]];
const $t397 = ["v", "$r154"];
const $t398 = ["v", "$r155"];
const $t399 = [$t397, $t398];
const $t400 = ["v", "$r146"];
const $t401 = ["un", "+", ["v", "$r157"]];
const $t402 = ["bin", "<", ["v", "$r158"], ["n", 0]];
const $t403 = ["un", "!", ["bin", "<", ["v", "$r161"], ["v", "$r153"]]];
const $t404 = ["idx", ["v", "$r148"], ["v", "$r161"]];
const $t405 = ["v", "$r162"];
const $t406 = ["v", "$r160"];
const $t407 = [$t405, $t406];
const $t408 = ["un", "+", ["v", "$r163"]];
const $t409 = ["v", "$r156"];
const $t410 = ["un", "!", ["bin", "<", ["v", "$r164"], ["n", 0]]];
const $t411 = ["bin", "<", ["v", "$r164"], ["n", 0]];
const $t412 = ["bin", "+", ["v", "$r159"], ["n", 1]];
const $t413 = ["bin", "+", ["v", "$r161"], ["n", 1]];
const $t414 = ["bin", "-", ["v", "$r159"], ["n", 1]];
const $t415 = ["un", "!", ["bin", "<", ["v", "$r165"], ["v", "$r166"]]];
const $t416 = ["idx", ["v", "$r148"], ["v", "$r165"]];
const $t417 = ["idx", ["v", "$r148"], ["v", "$r166"]];
const $t418 = ["v", "$r165"];
const $t419 = ["v", "$r167"];
const $t420 = ["v", "$r166"];
const $t421 = ["bin", "+", ["v", "$r165"], ["n", 1]];
const $t422 = ["bin", "-", ["v", "$r166"], ["n", 1]];
const $t423 = ["v", "$r159"];
const $t424 = ["un", "!", ["bin", "<", ["v", "$r168"], ["v", "$r153"]]];
const $t425 = ["v", "$r168"];
const $t426 = ["idx", ["v", "$r148"], ["v", "$r168"]];
const $t427 = ["un", "!", ["bin", "<", ["v", "$r169"], ["v", "$r170"]]];
const $t428 = ["bin", "+", ["v", "$r169"], ["bin", ">>", ["bin", "-", ["v", "$r170"], ["v", "$r169"]], ["n", 1]]];
const $t429 = ["idx", ["v", "$r148"], ["v", "$r172"]];
const $t430 = ["v", "$r171"];
const $t431 = ["v", "$r173"];
const $t432 = [$t430, $t431];
const $t433 = ["un", "+", ["v", "$r174"]];
const $t434 = ["bin", "<", ["v", "$r175"], ["n", 0]];
const $t435 = ["v", "$r172"];
const $t436 = ["bin", "+", ["v", "$r172"], ["n", 1]];
const $t437 = ["un", "!", ["bin", ">", ["v", "$r176"], ["v", "$r169"]]];
const $t438 = ["bin", "-", ["v", "$r176"], ["n", 1]];
const $t439 = ["idx", ["v", "$r148"], ["v", "$r177"]];
const $t440 = ["v", "$r176"];
const $t441 = ["v", "$r177"];
const $t442 = ["v", "$r169"];
const $t443 = ["bin", "+", ["v", "$r168"], ["n", 1]];
const $t444 = ["un", "!", ["bin", "<", ["v", "$r178"], ["v", "$r153"]]];
const $t445 = ["idx", ["v", "$r148"], ["v", "$r178"]];
const $t446 = ["v", "$r145"];
const $t447 = ["v", "$r178"];
const $t448 = ["bin", "+", ["v", "$r178"], ["n", 1]];
const $t449 = ["un", "!", ["bin", "<", ["v", "$r178"], ["v", "$r149"]]];
const $t450 = [$t400];
const $t451 = ["v", "$r179"];
const $t452 = ["v", "$r180"];
const $t453 = ["v", "$r181"];
const $t454 = ["v", "$r147"];
const $t455 = ["v", "$r182"];
const $t456 = ["v", "$r107"];
const $t457 = ["bin", "===", ["un", "typeof", ["v", "e$25"]], ["s", "string"]];
const $t458 = ["v", "e$25"];
const $t459 = ["get", ["get", ["v", "e$25"], "constructor"], "name"];
const $t460 = ["v", "$r183"];
const $t461 = [$t150];
const $t462 = ["get", ["v", "a$21"], "length"];
const $t463 = ["bin", "===", ["v", "r"], ["u"]];
const $t464 = ["v", "r"];
const $t465 = [$t464];
const $t466 = ["v", "$r186"];
const $t467 = ["arr", [["v", "a$21"], ["v", "$r184"], ["v", "$r187"], ["v", "log$23"], ["v", "caught"], ["bin", "===", ["v", "r"], ["v", "a$21"]], ["v", "$r185"]]];
const $t468 = [$t467];
const $t469 = ["bin", "+", ["v", "text"], ["bin", "+", ["v", "$r188"], ["s", "\n"]]];
const $t470 = ["bin", "+", ["v", "t"], ["n", 1]];
const $t471 = ["un", "!", ["bin", "<", ["v", "i$26"], ["get", ["v", "text"], "length"]]];
const $t472 = ["v", "i$26"];
const $t473 = [$t472];
const $t474 = ["v", "text"];
const $t475 = ["bin", "|", ["bin", "+", ["bin", "*", ["v", "h"], ["n", 31]], ["v", "$r189"]], ["n", 0]];
const $t476 = ["bin", "+", ["v", "i$26"], ["n", 1]];
const $t477 = ["v", "h"];
const $t478 = [$t477];
const $t479 = ["v", "digests"];
const $t480 = ["bin", "+", ["v", "group"], ["n", 1]];
const $t481 = ["s", " "];
const $t482 = [$t481];
const $t483 = ["v", "$r190"];
const $t484 = [$t483];
const $t485 = ["g", "console"];
const $t486 = ["arr", [["n", 3], ["n", 1], ["n", 2]]];
const $t487 = ["v", "frozen"];
const $t488 = ["fn", "F12"];
const $t489 = ["x$27", "y$28"];
const $t490 = [$t487];
const $t491 = ["bin", "-", ["v", "x$27"], ["v", "y$28"]];
const $t492 = ["isarr", ["v", "$r191"]];
const $t493 = ["bin", "===", ["un", "typeof", ["v", "$r192"]], ["s", "function"]];
const $t494 = ["get", ["v", "$r191"], "length"];
const $t495 = ["bin", "<", ["v", "$r195"], ["n", 64]];
const $t496 = ["un", "!", ["bin", "<", ["v", "$r196"], ["v", "$r195"]]];
const $t497 = ["bin", "in", ["v", "$r196"], ["v", "$r191"]];
const $t498 = ["idx", ["v", "$r191"], ["v", "$r196"]];
const $t499 = ["bin", "!==", ["v", "$r197"], ["u"]];
const $t500 = ["v", "$r197"];
const $t501 = ["v", "$r194"];
const $t502 = ["v", "$r198"];
const $t503 = ["bin", "+", ["v", "$r198"], ["n", 1]];
const $t504 = ["bin", "+", ["v", "$r196"], ["n", 1]];
const $t505 = ["get", ["v", "$r194"], "length"];
const $t506 = ["un", "!", ["bin", "<", ["v", "$r199"], ["n", 2]]];
const $t507 = ["idx", ["v", "$r194"], ["n", 1]];
const $t508 = ["idx", ["v", "$r194"], ["n", 0]];
const $t509 = ["v", "$r200"];
const $t510 = ["v", "$r201"];
const $t511 = [$t509, $t510];
const $t512 = ["v", "$r192"];
const $t513 = ["un", "+", ["v", "$r203"]];
const $t514 = ["bin", "<", ["v", "$r204"], ["n", 0]];
const $t515 = ["un", "!", ["bin", "<", ["v", "$r207"], ["v", "$r199"]]];
const $t516 = ["idx", ["v", "$r194"], ["v", "$r207"]];
const $t517 = ["v", "$r208"];
const $t518 = ["v", "$r206"];
const $t519 = [$t517, $t518];
const $t520 = ["un", "+", ["v", "$r209"]];
const $t521 = ["v", "$r202"];
const $t522 = ["un", "!", ["bin", "<", ["v", "$r210"], ["n", 0]]];
const $t523 = ["bin", "<", ["v", "$r210"], ["n", 0]];
const $t524 = ["bin", "+", ["v", "$r205"], ["n", 1]];
const $t525 = ["bin", "+", ["v", "$r207"], ["n", 1]];
const $t526 = ["bin", "-", ["v", "$r205"], ["n", 1]];
const $t527 = ["un", "!", ["bin", "<", ["v", "$r211"], ["v", "$r212"]]];
const $t528 = ["idx", ["v", "$r194"], ["v", "$r211"]];
const $t529 = ["idx", ["v", "$r194"], ["v", "$r212"]];
const $t530 = ["v", "$r211"];
const $t531 = ["v", "$r213"];
const $t532 = ["v", "$r212"];
const $t533 = ["bin", "+", ["v", "$r211"], ["n", 1]];
const $t534 = ["bin", "-", ["v", "$r212"], ["n", 1]];
const $t535 = ["v", "$r205"];
const $t536 = ["un", "!", ["bin", "<", ["v", "$r214"], ["v", "$r199"]]];
const $t537 = ["v", "$r214"];
const $t538 = ["idx", ["v", "$r194"], ["v", "$r214"]];
const $t539 = ["un", "!", ["bin", "<", ["v", "$r215"], ["v", "$r216"]]];
const $t540 = ["bin", "+", ["v", "$r215"], ["bin", ">>", ["bin", "-", ["v", "$r216"], ["v", "$r215"]], ["n", 1]]];
const $t541 = ["idx", ["v", "$r194"], ["v", "$r218"]];
const $t542 = ["v", "$r217"];
const $t543 = ["v", "$r219"];
const $t544 = [$t542, $t543];
const $t545 = ["un", "+", ["v", "$r220"]];
const $t546 = ["bin", "<", ["v", "$r221"], ["n", 0]];
const $t547 = ["v", "$r218"];
const $t548 = ["bin", "+", ["v", "$r218"], ["n", 1]];
const $t549 = ["un", "!", ["bin", ">", ["v", "$r222"], ["v", "$r215"]]];
const $t550 = ["bin", "-", ["v", "$r222"], ["n", 1]];
const $t551 = ["idx", ["v", "$r194"], ["v", "$r223"]];
const $t552 = ["v", "$r222"];
const $t553 = ["v", "$r223"];
const $t554 = ["v", "$r215"];
const $t555 = ["bin", "+", ["v", "$r214"], ["n", 1]];
const $t556 = ["un", "!", ["bin", "<", ["v", "$r224"], ["v", "$r199"]]];
const $t557 = ["idx", ["v", "$r194"], ["v", "$r224"]];
const $t558 = ["v", "$r191"];
const $t559 = ["v", "$r224"];
const $t560 = ["bin", "+", ["v", "$r224"], ["n", 1]];
const $t561 = ["un", "!", ["bin", "<", ["v", "$r224"], ["v", "$r195"]]];
const $t562 = [$t512];
const $t563 = ["v", "$r225"];
const $t564 = ["v", "$r226"];
const $t565 = ["v", "$r227"];
const $t566 = ["get", ["get", ["v", "e$29"], "constructor"], "name"];
const $t567 = ["get", ["v", "e$29"], "message"];
const $t568 = [$t566, $t567];
const $t569 = ["v", "shrunk"];
const $t570 = ["fn", "F13"];
const $t571 = ["x$30", "y$31"];
const $t572 = [$t569];
const $t573 = ["bin", "-", ["v", "x$30"], ["v", "y$31"]];
const $t574 = ["isarr", ["v", "$r228"]];
const $t575 = ["bin", "===", ["un", "typeof", ["v", "$r229"]], ["s", "function"]];
const $t576 = ["get", ["v", "$r228"], "length"];
const $t577 = ["bin", "<", ["v", "$r232"], ["n", 64]];
const $t578 = ["un", "!", ["bin", "<", ["v", "$r233"], ["v", "$r232"]]];
const $t579 = ["bin", "in", ["v", "$r233"], ["v", "$r228"]];
const $t580 = ["idx", ["v", "$r228"], ["v", "$r233"]];
const $t581 = ["bin", "!==", ["v", "$r234"], ["u"]];
const $t582 = ["v", "$r234"];
const $t583 = ["v", "$r231"];
const $t584 = ["v", "$r235"];
const $t585 = ["bin", "+", ["v", "$r235"], ["n", 1]];
const $t586 = ["bin", "+", ["v", "$r233"], ["n", 1]];
const $t587 = ["get", ["v", "$r231"], "length"];
const $t588 = ["un", "!", ["bin", "<", ["v", "$r236"], ["n", 2]]];
const $t589 = ["idx", ["v", "$r231"], ["n", 1]];
const $t590 = ["idx", ["v", "$r231"], ["n", 0]];
const $t591 = ["v", "$r237"];
const $t592 = ["v", "$r238"];
const $t593 = [$t591, $t592];
const $t594 = ["v", "$r229"];
const $t595 = ["un", "+", ["v", "$r240"]];
const $t596 = ["bin", "<", ["v", "$r241"], ["n", 0]];
const $t597 = ["un", "!", ["bin", "<", ["v", "$r244"], ["v", "$r236"]]];
const $t598 = ["idx", ["v", "$r231"], ["v", "$r244"]];
const $t599 = ["v", "$r245"];
const $t600 = ["v", "$r243"];
const $t601 = [$t599, $t600];
const $t602 = ["un", "+", ["v", "$r246"]];
const $t603 = ["v", "$r239"];
const $t604 = ["un", "!", ["bin", "<", ["v", "$r247"], ["n", 0]]];
const $t605 = ["bin", "<", ["v", "$r247"], ["n", 0]];
const $t606 = ["bin", "+", ["v", "$r242"], ["n", 1]];
const $t607 = ["bin", "+", ["v", "$r244"], ["n", 1]];
const $t608 = ["bin", "-", ["v", "$r242"], ["n", 1]];
const $t609 = ["un", "!", ["bin", "<", ["v", "$r248"], ["v", "$r249"]]];
const $t610 = ["idx", ["v", "$r231"], ["v", "$r248"]];
const $t611 = ["idx", ["v", "$r231"], ["v", "$r249"]];
const $t612 = ["v", "$r248"];
const $t613 = ["v", "$r250"];
const $t614 = ["v", "$r249"];
const $t615 = ["bin", "+", ["v", "$r248"], ["n", 1]];
const $t616 = ["bin", "-", ["v", "$r249"], ["n", 1]];
const $t617 = ["v", "$r242"];
const $t618 = ["un", "!", ["bin", "<", ["v", "$r251"], ["v", "$r236"]]];
const $t619 = ["v", "$r251"];
const $t620 = ["idx", ["v", "$r231"], ["v", "$r251"]];
const $t621 = ["un", "!", ["bin", "<", ["v", "$r252"], ["v", "$r253"]]];
const $t622 = ["bin", "+", ["v", "$r252"], ["bin", ">>", ["bin", "-", ["v", "$r253"], ["v", "$r252"]], ["n", 1]]];
const $t623 = ["idx", ["v", "$r231"], ["v", "$r255"]];
const $t624 = ["v", "$r254"];
const $t625 = ["v", "$r256"];
const $t626 = [$t624, $t625];
const $t627 = ["un", "+", ["v", "$r257"]];
const $t628 = ["bin", "<", ["v", "$r258"], ["n", 0]];
const $t629 = ["v", "$r255"];
const $t630 = ["bin", "+", ["v", "$r255"], ["n", 1]];
const $t631 = ["un", "!", ["bin", ">", ["v", "$r259"], ["v", "$r252"]]];
const $t632 = ["bin", "-", ["v", "$r259"], ["n", 1]];
const $t633 = ["idx", ["v", "$r231"], ["v", "$r260"]];
const $t634 = ["v", "$r259"];
const $t635 = ["v", "$r260"];
const $t636 = ["v", "$r252"];
const $t637 = ["bin", "+", ["v", "$r251"], ["n", 1]];
const $t638 = ["un", "!", ["bin", "<", ["v", "$r261"], ["v", "$r236"]]];
const $t639 = ["idx", ["v", "$r231"], ["v", "$r261"]];
const $t640 = ["v", "$r228"];
const $t641 = ["v", "$r261"];
const $t642 = ["bin", "+", ["v", "$r261"], ["n", 1]];
const $t643 = ["un", "!", ["bin", "<", ["v", "$r261"], ["v", "$r232"]]];
const $t644 = [$t594];
const $t645 = ["v", "$r262"];
const $t646 = ["v", "$r263"];
const $t647 = ["v", "$r264"];
const $t648 = ["get", ["get", ["v", "e$32"], "constructor"], "name"];
const $t649 = ["get", ["v", "e$32"], "message"];
const $t650 = ["get", ["v", "shrunk"], "length"];
const $t651 = [$t648, $t649, $t650];
const $t652 = ["get", ["get", ["g", "Array"], "prototype"], "push"];
const $t653 = ["fn", "F14"];
const $t654 = ["get", ["g", "Array"], "prototype"];
const $t655 = ["s", "push"];
const $t656 = ["s", "patched push"];
const $t657 = ["arr", [["s", "pear"], ["s", "apple"], ["s", "fig"]]];
const $t658 = ["v", "words"];
const $t659 = ["isarr", ["v", "$r265"]];
const $t660 = ["get", ["v", "$r265"], "length"];
const $t661 = ["bin", "<", ["v", "$r268"], ["n", 64]];
const $t662 = ["un", "!", ["bin", "<", ["v", "$r269"], ["v", "$r268"]]];
const $t663 = ["bin", "in", ["v", "$r269"], ["v", "$r265"]];
const $t664 = ["idx", ["v", "$r265"], ["v", "$r269"]];
const $t665 = ["bin", "!==", ["v", "$r270"], ["u"]];
const $t666 = ["v", "$r270"];
const $t667 = ["v", "$r267"];
const $t668 = ["v", "$r271"];
const $t669 = ["bin", "+", ["v", "$r271"], ["n", 1]];
const $t670 = ["bin", "+", ["v", "$r269"], ["n", 1]];
const $t671 = ["get", ["v", "$r267"], "length"];
const $t672 = ["un", "!", ["bin", "<", ["v", "$r272"], ["n", 2]]];
const $t673 = ["idx", ["v", "$r267"], ["n", 1]];
const $t674 = ["idx", ["v", "$r267"], ["n", 0]];
const $t675 = ["bin", "+", ["s", ""], ["v", "$r273"]];
const $t676 = ["bin", "+", ["s", ""], ["v", "$r274"]];
const $t677 = ["bin", "<", ["v", "$r276"], ["v", "$r277"]];
const $t678 = ["v", "$r273"];
const $t679 = ["un", "!", ["bin", "<", ["v", "$r280"], ["v", "$r272"]]];
const $t680 = ["idx", ["v", "$r267"], ["v", "$r280"]];
const $t681 = ["bin", "+", ["s", ""], ["v", "$r281"]];
const $t682 = ["bin", "+", ["s", ""], ["v", "$r279"]];
const $t683 = ["v", "$r275"];
const $t684 = ["un", "!", ["bin", "<", ["v", "$r282"], ["v", "$r283"]]];
const $t685 = ["bin", "<", ["v", "$r282"], ["v", "$r283"]];
const $t686 = ["v", "$r281"];
const $t687 = ["bin", "+", ["v", "$r278"], ["n", 1]];
const $t688 = ["bin", "+", ["v", "$r280"], ["n", 1]];
const $t689 = ["bin", "-", ["v", "$r278"], ["n", 1]];
const $t690 = ["un", "!", ["bin", "<", ["v", "$r284"], ["v", "$r285"]]];
const $t691 = ["idx", ["v", "$r267"], ["v", "$r284"]];
const $t692 = ["idx", ["v", "$r267"], ["v", "$r285"]];
const $t693 = ["v", "$r284"];
const $t694 = ["v", "$r286"];
const $t695 = ["v", "$r285"];
const $t696 = ["bin", "+", ["v", "$r284"], ["n", 1]];
const $t697 = ["bin", "-", ["v", "$r285"], ["n", 1]];
const $t698 = ["v", "$r278"];
const $t699 = ["un", "!", ["bin", "<", ["v", "$r287"], ["v", "$r272"]]];
const $t700 = ["v", "$r287"];
const $t701 = ["idx", ["v", "$r267"], ["v", "$r287"]];
const $t702 = ["un", "!", ["bin", "<", ["v", "$r288"], ["v", "$r289"]]];
const $t703 = ["bin", "+", ["v", "$r288"], ["bin", ">>", ["bin", "-", ["v", "$r289"], ["v", "$r288"]], ["n", 1]]];
const $t704 = ["idx", ["v", "$r267"], ["v", "$r291"]];
const $t705 = ["bin", "+", ["s", ""], ["v", "$r290"]];
const $t706 = ["bin", "+", ["s", ""], ["v", "$r292"]];
const $t707 = ["bin", "<", ["v", "$r293"], ["v", "$r294"]];
const $t708 = ["v", "$r291"];
const $t709 = ["bin", "+", ["v", "$r291"], ["n", 1]];
const $t710 = ["un", "!", ["bin", ">", ["v", "$r295"], ["v", "$r288"]]];
const $t711 = ["bin", "-", ["v", "$r295"], ["n", 1]];
const $t712 = ["idx", ["v", "$r267"], ["v", "$r296"]];
const $t713 = ["v", "$r295"];
const $t714 = ["v", "$r296"];
const $t715 = ["v", "$r290"];
const $t716 = ["v", "$r288"];
const $t717 = ["bin", "+", ["v", "$r287"], ["n", 1]];
const $t718 = ["un", "!", ["bin", "<", ["v", "$r297"], ["v", "$r272"]]];
const $t719 = ["idx", ["v", "$r267"], ["v", "$r297"]];
const $t720 = ["v", "$r265"];
const $t721 = ["v", "$r297"];
const $t722 = ["bin", "+", ["v", "$r297"], ["n", 1]];
const $t723 = ["un", "!", ["bin", "<", ["v", "$r297"], ["v", "$r268"]]];
const $t724 = ["v", "$r298"];
const $t725 = ["v", "$r299"];
const $t726 = ["v", "realPush"];
const $t727 = ["arr", [["n", 10], ["n", 9], ["n", 1], ["s", "10"], ["s", "｡"], ["s", "😀"]]];
const $t728 = ["isarr", ["v", "$r301"]];
const $t729 = ["get", ["v", "$r301"], "length"];
const $t730 = ["bin", "<", ["v", "$r304"], ["n", 64]];
const $t731 = ["un", "!", ["bin", "<", ["v", "$r305"], ["v", "$r304"]]];
const $t732 = ["bin", "in", ["v", "$r305"], ["v", "$r301"]];
const $t733 = ["idx", ["v", "$r301"], ["v", "$r305"]];
const $t734 = ["bin", "!==", ["v", "$r306"], ["u"]];
const $t735 = ["v", "$r306"];
const $t736 = ["v", "$r303"];
const $t737 = ["v", "$r307"];
const $t738 = ["bin", "+", ["v", "$r307"], ["n", 1]];
const $t739 = ["bin", "+", ["v", "$r305"], ["n", 1]];
const $t740 = ["get", ["v", "$r303"], "length"];
const $t741 = ["un", "!", ["bin", "<", ["v", "$r308"], ["n", 2]]];
const $t742 = ["idx", ["v", "$r303"], ["n", 1]];
const $t743 = ["idx", ["v", "$r303"], ["n", 0]];
const $t744 = ["bin", "+", ["s", ""], ["v", "$r309"]];
const $t745 = ["bin", "+", ["s", ""], ["v", "$r310"]];
const $t746 = ["bin", "<", ["v", "$r312"], ["v", "$r313"]];
const $t747 = ["v", "$r309"];
const $t748 = ["un", "!", ["bin", "<", ["v", "$r316"], ["v", "$r308"]]];
const $t749 = ["idx", ["v", "$r303"], ["v", "$r316"]];
const $t750 = ["bin", "+", ["s", ""], ["v", "$r317"]];
const $t751 = ["bin", "+", ["s", ""], ["v", "$r315"]];
const $t752 = ["v", "$r311"];
const $t753 = ["un", "!", ["bin", "<", ["v", "$r318"], ["v", "$r319"]]];
const $t754 = ["bin", "<", ["v", "$r318"], ["v", "$r319"]];
const $t755 = ["v", "$r317"];
const $t756 = ["bin", "+", ["v", "$r314"], ["n", 1]];
const $t757 = ["bin", "+", ["v", "$r316"], ["n", 1]];
const $t758 = ["bin", "-", ["v", "$r314"], ["n", 1]];
const $t759 = ["un", "!", ["bin", "<", ["v", "$r320"], ["v", "$r321"]]];
const $t760 = ["idx", ["v", "$r303"], ["v", "$r320"]];
const $t761 = ["idx", ["v", "$r303"], ["v", "$r321"]];
const $t762 = ["v", "$r320"];
const $t763 = ["v", "$r322"];
const $t764 = ["v", "$r321"];
const $t765 = ["bin", "+", ["v", "$r320"], ["n", 1]];
const $t766 = ["bin", "-", ["v", "$r321"], ["n", 1]];
const $t767 = ["v", "$r314"];
const $t768 = ["un", "!", ["bin", "<", ["v", "$r323"], ["v", "$r308"]]];
const $t769 = ["v", "$r323"];
const $t770 = ["idx", ["v", "$r303"], ["v", "$r323"]];
const $t771 = ["un", "!", ["bin", "<", ["v", "$r324"], ["v", "$r325"]]];
const $t772 = ["bin", "+", ["v", "$r324"], ["bin", ">>", ["bin", "-", ["v", "$r325"], ["v", "$r324"]], ["n", 1]]];
const $t773 = ["idx", ["v", "$r303"], ["v", "$r327"]];
const $t774 = ["bin", "+", ["s", ""], ["v", "$r326"]];
const $t775 = ["bin", "+", ["s", ""], ["v", "$r328"]];
const $t776 = ["bin", "<", ["v", "$r329"], ["v", "$r330"]];
const $t777 = ["v", "$r327"];
const $t778 = ["bin", "+", ["v", "$r327"], ["n", 1]];
const $t779 = ["un", "!", ["bin", ">", ["v", "$r331"], ["v", "$r324"]]];
const $t780 = ["bin", "-", ["v", "$r331"], ["n", 1]];
const $t781 = ["idx", ["v", "$r303"], ["v", "$r332"]];
const $t782 = ["v", "$r331"];
const $t783 = ["v", "$r332"];
const $t784 = ["v", "$r326"];
const $t785 = ["v", "$r324"];
const $t786 = ["bin", "+", ["v", "$r323"], ["n", 1]];
const $t787 = ["un", "!", ["bin", "<", ["v", "$r333"], ["v", "$r308"]]];
const $t788 = ["idx", ["v", "$r303"], ["v", "$r333"]];
const $t789 = ["v", "$r301"];
const $t790 = ["v", "$r333"];
const $t791 = ["bin", "+", ["v", "$r333"], ["n", 1]];
const $t792 = ["un", "!", ["bin", "<", ["v", "$r333"], ["v", "$r304"]]];
const $t793 = ["v", "$r334"];
const $t794 = ["v", "$r335"];
const $t795 = ["v", "$r302"];
const $t796 = ["v", "$r336"];
const $t797 = ["v", "$r300"];
const $t798 = ["v", "$r337"];
const $t799 = [$t797, $t798];
const $s0 = $T.root();
$T.on && $T.decl($s0, "rnd", rnd, "F1");
$T.on && $T.decl($s0, "value", value, "F2");
$T.on && $T.decl($s0, "show", show, "F3");
$T.on && $T.decl($s0, "holes", holes, "F5");
$T.on && $T.decl($s0, "comparator", comparator, "F6");
$T.on && $T.let($s0, "seed", $t1);
let seed = 7;
function rnd(n$0) {
  if (!$T.on) {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    let $r1 = Math.floor(seed / 4294967296 * n$0);
    return $r1;
  }
  const $s1 = $T.enter($s0, "F1", $t2);
  $T.on && $T.set($s1, "seed", $t3);
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  let $r1 = $T.on ? $T.mcallv($s1, "$r1", $t6, Math, "floor", Math.floor, $t5, [seed / 4294967296 * n$0]) : Math.floor(seed / 4294967296 * n$0);
  $T.on && $T.ret($s1, $t7);
  return $r1;
}
function value() {
  if (!$T.on) {
    const k$1 = rnd(12);
    if (k$1 === 0) {
      return undefined;
    }
    if (k$1 === 1) {
      let $r2 = rnd(20);
      let $r3 = String($r2);
      return $r3;
    }
    if (k$1 === 2) {
      return -0;
    }
    if (k$1 === 3) {
      let $r4 = rnd(3);
      let $r5;
      if ($r4 === 0) {
        $r5 = null;
      } else {
        let $r6 = rnd(3);
        $r5 = "b" + $r6;
      }
      return $r5;
    }
    if (k$1 === 4) {
      let $r7 = rnd(2);
      let $r8;
      if ($r7 === 0) {
        $r8 = true;
      } else {
        $r8 = NaN;
      }
      return $r8;
    }
    let $r9 = rnd(9);
    return $r9 - 2;
  }
  const $s1 = $T.enter($s0, "F2", $t8);
  const k$1 = $T.on ? $T.call($s1, "k$1", null, rnd, $t10, [12]) : rnd(12);
  if ($T.on ? $T.when($s1, $t11, k$1 === 0) : k$1 === 0) {
    $T.on && $T.ret($s1, $t12);
    return undefined;
  }
  if ($T.on ? $T.when($s1, $t13, k$1 === 1) : k$1 === 1) {
    let $r2 = $T.on ? $T.call($s1, "$r2", null, rnd, $t15, [20]) : rnd(20);
    let $r3 = $T.on ? $T.call($s1, "$r3", $t18, String, $t17, [$r2]) : String($r2);
    $T.on && $T.ret($s1, $t19);
    return $r3;
  }
  if ($T.on ? $T.when($s1, $t20, k$1 === 2) : k$1 === 2) {
    $T.on && $T.ret($s1, $t21);
    return -0;
  }
  if ($T.on ? $T.when($s1, $t22, k$1 === 3) : k$1 === 3) {
    let $r4 = $T.on ? $T.call($s1, "$r4", null, rnd, $t24, [3]) : rnd(3);
    $T.on && $T.let($s1, "$r5", $t12);
    let $r5;
    if ($T.on ? $T.if($s1, $t25, $r4 === 0) : $r4 === 0) {
      $T.on && $T.set($s1, "$r5", $t26);
      $r5 = null;
      $T.on && $T.pop($s1);
    } else {
      let $r6 = $T.on ? $T.call($s1, "$r6", null, rnd, $t24, [3]) : rnd(3);
      $T.on && $T.set($s1, "$r5", $t27);
      $r5 = "b" + $r6;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.ret($s1, $t28);
    return $r5;
  }
  if ($T.on ? $T.when($s1, $t29, k$1 === 4) : k$1 === 4) {
    let $r7 = $T.on ? $T.call($s1, "$r7", null, rnd, $t31, [2]) : rnd(2);
    $T.on && $T.let($s1, "$r8", $t12);
    let $r8;
    if ($T.on ? $T.if($s1, $t32, $r7 === 0) : $r7 === 0) {
      $T.on && $T.set($s1, "$r8", $t33);
      $r8 = true;
      $T.on && $T.pop($s1);
    } else {
      $T.on && $T.set($s1, "$r8", $t34);
      $r8 = NaN;
      $T.on && $T.pop($s1);
    }
    $T.on && $T.ret($s1, $t35);
    return $r8;
  }
  let $r9 = $T.on ? $T.call($s1, "$r9", null, rnd, $t37, [9]) : rnd(9);
  $T.on && $T.ret($s1, $t38);
  return $r9 - 2;
}
function show(v) {
  if (!$T.on) {
    let $r16 = JSON.stringify(v, function (k$2, x$3) {
      if (x$3 === undefined) {
        return "U";
      }
      let $r12 = typeof x$3 === "number";
      if ($r12) {
        let $r11 = x$3 !== x$3;
        if (!$r11) {
          let $r10 = Object.is(x$3, -0);
          $r11 = $r10;
        }
        $r12 = $r11;
      }
      if ($r12) {
        let $r13 = String(x$3);
        let $r14 = Object.is(x$3, -0);
        let $r15;
        if ($r14) {
          $r15 = "-0";
        } else {
          $r15 = "";
        }
        return $r13 + $r15;
      }
      return x$3;
    });
    return $r16;
  }
  const $s1 = $T.enter($s0, "F3", $t39);
  const $r338 = $T.fn(function (k$2, x$3) {
    if (!$T.on) {
      if (x$3 === undefined) {
        return "U";
      }
      let $r12 = typeof x$3 === "number";
      if ($r12) {
        let $r11 = x$3 !== x$3;
        if (!$r11) {
          let $r10 = Object.is(x$3, -0);
          $r11 = $r10;
        }
        $r12 = $r11;
      }
      if ($r12) {
        let $r13 = String(x$3);
        let $r14 = Object.is(x$3, -0);
        let $r15;
        if ($r14) {
          $r15 = "-0";
        } else {
          $r15 = "";
        }
        return $r13 + $r15;
      }
      return x$3;
    }
    const $s2 = $T.enter($s1, "F4", $t43);
    if ($T.on ? $T.when($s2, $t44, x$3 === undefined) : x$3 === undefined) {
      $T.on && $T.ret($s2, $t45);
      return "U";
    }
    $T.on && $T.let($s2, "$r12", $t46);
    let $r12 = typeof x$3 === "number";
    if ($T.on ? $T.when($s2, $t47, $r12) : $r12) {
      $T.on && $T.let($s2, "$r11", $t48);
      let $r11 = x$3 !== x$3;
      if ($T.on ? $T.when($s2, $t49, !$r11) : !$r11) {
        let $r10 = $T.on ? $T.mcallv($s2, "$r10", $t52, Object, "is", Object.is, $t51, [x$3, -0]) : Object.is(x$3, -0);
        $T.on && $T.set($s2, "$r11", $t53);
        $r11 = $r10;
        $T.on && $T.pop($s2);
      }
      $T.on && $T.set($s2, "$r12", $t54);
      $r12 = $r11;
      $T.on && $T.pop($s2);
    }
    if ($T.on ? $T.when($s2, $t47, $r12) : $r12) {
      let $r13 = $T.on ? $T.call($s2, "$r13", $t18, String, $t55, [x$3]) : String(x$3);
      let $r14 = $T.on ? $T.mcallv($s2, "$r14", $t52, Object, "is", Object.is, $t51, [x$3, -0]) : Object.is(x$3, -0);
      $T.on && $T.let($s2, "$r15", $t12);
      let $r15;
      if ($T.on ? $T.if($s2, $t56, $r14) : $r14) {
        $T.on && $T.set($s2, "$r15", $t57);
        $r15 = "-0";
        $T.on && $T.pop($s2);
      } else {
        $T.on && $T.set($s2, "$r15", $t58);
        $r15 = "";
        $T.on && $T.pop($s2);
      }
      $T.on && $T.ret($s2, $t59);
      return $r13 + $r15;
    }
    $T.on && $T.ret($s2, $t50);
    return x$3;
  }, "F4", $s1);
  let $r16 = $T.on ? $T.mcallv($s1, "$r16", $t60, JSON, "stringify", JSON.stringify, $t42, [v, $r338]) : JSON.stringify(v, $r338);
  $T.on && $T.ret($s1, $t61);
  return $r16;
}
function holes(a$4) {
  if (!$T.on) {
    let s = "";
    let i$5 = 0;
    L1: while (true) {
      if (!(i$5 < a$4.length)) {
        break L1;
      }
      let $r17;
      if (i$5 in a$4) {
        $r17 = "1";
      } else {
        $r17 = "0";
      }
      s = s + $r17;
      i$5 = i$5 + 1;
    }
    return s;
  }
  const $s1 = $T.enter($s0, "F5", $t62);
  $T.on && $T.let($s1, "s", $t58);
  let s = "";
  $T.on && $T.let($s1, "i$5", $t63);
  let i$5 = 0;
  $T.on && $T.loop($s1, "L1");
  L1: while (true) {
    if ($T.on ? $T.exit($s1, "L1", $t64, !(i$5 < a$4.length)) : !(i$5 < a$4.length)) {
      break L1;
    }
    $T.on && $T.let($s1, "$r17", $t12);
    let $r17;
    if ($T.on ? $T.if($s1, $t65, i$5 in a$4) : i$5 in a$4) {
      $T.on && $T.set($s1, "$r17", $t66);
      $r17 = "1";
      $T.on && $T.pop($s1);
    } else {
      $T.on && $T.set($s1, "$r17", $t67);
      $r17 = "0";
      $T.on && $T.pop($s1);
    }
    $T.on && $T.set($s1, "s", $t68);
    s = s + $r17;
    $T.on && $T.set($s1, "i$5", $t69);
    i$5 = i$5 + 1;
  }
  $T.on && $T.ret($s1, $t70);
  return s;
}
function comparator(kind$6, log$7, a$8) {
  if (!$T.on) {
    let calls = 0;
    const table = [];
    let i$9 = 0;
    L2: while (true) {
      if (!(i$9 < 40)) {
        break L2;
      }
      let $r18 = rnd(3);
      table.push($r18 - 1);
      i$9 = i$9 + 1;
    }
    if (kind$6 === 0) {
      return undefined;
    }
    if (kind$6 === 1) {
      return (x$10, y$11) => {
        log$7.push([x$10, y$11]);
        let $r19;
        if (typeof x$10 === "number") {
          $r19 = x$10;
        } else {
          $r19 = 4;
        }
        let $r20;
        if (typeof y$11 === "number") {
          $r20 = y$11;
        } else {
          $r20 = 4;
        }
        return $r19 - $r20;
      };
    }
    if (kind$6 === 2) {
      return (x$12, y$13) => {
        log$7.push([x$12, y$13]);
        calls = calls + 1;
        return table[calls % 40];
      };
    }
    if (kind$6 === 3) {
      return function (x$14, y$15) {
        log$7.push([x$14, y$15]);
        calls = calls + 1;
        if (calls === 9) {
          throw "thrown";
        }
        return NaN;
      };
    }
    if (kind$6 === 4) {
      return (x$16, y$17) => {
        log$7.push([x$16, y$17]);
        calls = calls + 1;
        if (calls === 3) {
          a$8.push("pushed");
          a$8[0] = "over";
        }
        if (calls === 6) {
          a$8.length = 1;
        }
        let $r21 = String(x$16);
        let $r22 = String(y$17);
        let $r23;
        if ($r21 < $r22) {
          $r23 = 1;
        } else {
          $r23 = -1;
        }
        return $r23;
      };
    }
    if (kind$6 === 5) {
      return (x$18, y$19) => {
        log$7.push([x$18, y$19]);
        calls = calls + 1;
        let $r24;
        if (calls % 4 === 0) {
          $r24 = "-2";
        } else {
          let $r25;
          if (calls % 4 === 1) {
            let $r26 = { valueOf() { return 1; } };
            $r25 = $r26;
          } else {
            $r25 = x$18 > y$19;
          }
          $r24 = $r25;
        }
        return $r24;
      };
    }
    return 7;
  }
  const $s1 = $T.enter($s0, "F6", $t71);
  $T.on && $T.let($s1, "calls", $t63);
  let calls = 0;
  $T.on && $T.let($s1, "table", $t72);
  const table = $T.lit([]);
  $T.on && $T.let($s1, "i$9", $t63);
  let i$9 = 0;
  $T.on && $T.loop($s1, "L2");
  L2: while (true) {
    if ($T.on ? $T.exit($s1, "L2", $t73, !(i$9 < 40)) : !(i$9 < 40)) {
      break L2;
    }
    let $r18 = $T.on ? $T.call($s1, "$r18", null, rnd, $t24, [3]) : rnd(3);
    $T.on ? $T.mcallv($s1, null, $t76, table, "push", table.push, $t75, [$r18 - 1]) : table.push($r18 - 1);
    $T.on && $T.set($s1, "i$9", $t77);
    i$9 = i$9 + 1;
  }
  if ($T.on ? $T.when($s1, $t78, kind$6 === 0) : kind$6 === 0) {
    $T.on && $T.ret($s1, $t12);
    return undefined;
  }
  if ($T.on ? $T.when($s1, $t79, kind$6 === 1) : kind$6 === 1) {
    $T.on && $T.ret($s1, $t80);
    return $T.fn((x$10, y$11) => {
      if (!$T.on) {
        log$7.push([x$10, y$11]);
        let $r19;
        if (typeof x$10 === "number") {
          $r19 = x$10;
        } else {
          $r19 = 4;
        }
        let $r20;
        if (typeof y$11 === "number") {
          $r20 = y$11;
        } else {
          $r20 = 4;
        }
        return $r19 - $r20;
      }
      const $s2 = $T.enter($s1, "F7", $t81);
      const $r339 = $T.lit([x$10, y$11]);
      $T.on ? $T.mcallv($s2, null, $t84, log$7, "push", log$7.push, $t83, [$r339]) : log$7.push($r339);
      $T.on && $T.let($s2, "$r19", $t12);
      let $r19;
      if ($T.on ? $T.if($s2, $t85, typeof x$10 === "number") : typeof x$10 === "number") {
        $T.on && $T.set($s2, "$r19", $t86);
        $r19 = x$10;
        $T.on && $T.pop($s2);
      } else {
        $T.on && $T.set($s2, "$r19", $t87);
        $r19 = 4;
        $T.on && $T.pop($s2);
      }
      $T.on && $T.let($s2, "$r20", $t12);
      let $r20;
      if ($T.on ? $T.if($s2, $t88, typeof y$11 === "number") : typeof y$11 === "number") {
        $T.on && $T.set($s2, "$r20", $t89);
        $r20 = y$11;
        $T.on && $T.pop($s2);
      } else {
        $T.on && $T.set($s2, "$r20", $t87);
        $r20 = 4;
        $T.on && $T.pop($s2);
      }
      $T.on && $T.ret($s2, $t90);
      return $r19 - $r20;
    }, "F7", $s1);
  }
  if ($T.on ? $T.when($s1, $t91, kind$6 === 2) : kind$6 === 2) {
    $T.on && $T.ret($s1, $t92);
    return $T.fn((x$12, y$13) => {
      if (!$T.on) {
        log$7.push([x$12, y$13]);
        calls = calls + 1;
        return table[calls % 40];
      }
      const $s2 = $T.enter($s1, "F8", $t93);
      const $r340 = $T.lit([x$12, y$13]);
      $T.on ? $T.mcallv($s2, null, $t84, log$7, "push", log$7.push, $t95, [$r340]) : log$7.push($r340);
      $T.on && $T.set($s2, "calls", $t96);
      calls = calls + 1;
      $T.on && $T.ret($s2, $t97);
      return table[calls % 40];
    }, "F8", $s1);
  }
  if ($T.on ? $T.when($s1, $t98, kind$6 === 3) : kind$6 === 3) {
    $T.on && $T.ret($s1, $t99);
    return $T.fn(function (x$14, y$15) {
      if (!$T.on) {
        log$7.push([x$14, y$15]);
        calls = calls + 1;
        if (calls === 9) {
          throw "thrown";
        }
        return NaN;
      }
      const $s2 = $T.enter($s1, "F9", $t100);
      const $r341 = $T.lit([x$14, y$15]);
      $T.on ? $T.mcallv($s2, null, $t84, log$7, "push", log$7.push, $t102, [$r341]) : log$7.push($r341);
      $T.on && $T.set($s2, "calls", $t96);
      calls = calls + 1;
      if ($T.on ? $T.when($s2, $t103, calls === 9) : calls === 9) {
        $T.throw($s2, $t104);
        throw "thrown";
      }
      $T.on && $T.ret($s2, $t34);
      return NaN;
    }, "F9", $s1);
  }
  if ($T.on ? $T.when($s1, $t105, kind$6 === 4) : kind$6 === 4) {
    $T.on && $T.ret($s1, $t106);
    return $T.fn((x$16, y$17) => {
      if (!$T.on) {
        log$7.push([x$16, y$17]);
        calls = calls + 1;
        if (calls === 3) {
          a$8.push("pushed");
          a$8[0] = "over";
        }
        if (calls === 6) {
          a$8.length = 1;
        }
        let $r21 = String(x$16);
        let $r22 = String(y$17);
        let $r23;
        if ($r21 < $r22) {
          $r23 = 1;
        } else {
          $r23 = -1;
        }
        return $r23;
      }
      const $s2 = $T.enter($s1, "F10", $t107);
      const $r342 = $T.lit([x$16, y$17]);
      $T.on ? $T.mcallv($s2, null, $t84, log$7, "push", log$7.push, $t109, [$r342]) : log$7.push($r342);
      $T.on && $T.set($s2, "calls", $t96);
      calls = calls + 1;
      if ($T.on ? $T.when($s2, $t110, calls === 3) : calls === 3) {
        $T.on ? $T.mcallv($s2, null, $t113, a$8, "push", a$8.push, $t112, ["pushed"]) : a$8.push("pushed");
        $T.on && $T.put($s2, $t113, $t63, $t114, a$8, 0);
        a$8[0] = "over";
        $T.on && $T.pop($s2);
      }
      if ($T.on ? $T.when($s2, $t115, calls === 6) : calls === 6) {
        $T.on && $T.put($s2, $t113, $t117, $t116, a$8, "length");
        a$8.length = 1;
        $T.on && $T.pop($s2);
      }
      let $r21 = $T.on ? $T.call($s2, "$r21", $t18, String, $t119, [x$16]) : String(x$16);
      let $r22 = $T.on ? $T.call($s2, "$r22", $t18, String, $t121, [y$17]) : String(y$17);
      $T.on && $T.let($s2, "$r23", $t12);
      let $r23;
      if ($T.on ? $T.if($s2, $t122, $r21 < $r22) : $r21 < $r22) {
        $T.on && $T.set($s2, "$r23", $t116);
        $r23 = 1;
        $T.on && $T.pop($s2);
      } else {
        $T.on && $T.set($s2, "$r23", $t123);
        $r23 = -1;
        $T.on && $T.pop($s2);
      }
      $T.on && $T.ret($s2, $t124);
      return $r23;
    }, "F10", $s1);
  }
  if ($T.on ? $T.when($s1, $t125, kind$6 === 5) : kind$6 === 5) {
    $T.on && $T.ret($s1, $t126);
    return $T.fn((x$18, y$19) => {
      if (!$T.on) {
        log$7.push([x$18, y$19]);
        calls = calls + 1;
        let $r24;
        if (calls % 4 === 0) {
          $r24 = "-2";
        } else {
          let $r25;
          if (calls % 4 === 1) {
            let $r26 = { valueOf() { return 1; } };
            $r25 = $r26;
          } else {
            $r25 = x$18 > y$19;
          }
          $r24 = $r25;
        }
        return $r24;
      }
      const $s2 = $T.enter($s1, "F11", $t127);
      const $r343 = $T.lit([x$18, y$19]);
      $T.on ? $T.mcallv($s2, null, $t84, log$7, "push", log$7.push, $t129, [$r343]) : log$7.push($r343);
      $T.on && $T.set($s2, "calls", $t96);
      calls = calls + 1;
      $T.on && $T.let($s2, "$r24", $t12);
      let $r24;
      if ($T.on ? $T.if($s2, $t130, calls % 4 === 0) : calls % 4 === 0) {
        $T.on && $T.set($s2, "$r24", $t131);
        $r24 = "-2";
        $T.on && $T.pop($s2);
      } else {
        $T.on && $T.let($s2, "$r25", $t12);
        let $r25;
        if ($T.on ? $T.if($s2, $t132, calls % 4 === 1) : calls % 4 === 1) {
          let $r26 = { valueOf() { return 1; } };
          $T.on && $T.opaque($s2, "$r26");
          $T.on && $T.set($s2, "$r25", $t133);
          $r25 = $r26;
          $T.on && $T.pop($s2);
        } else {
          $T.on && $T.set($s2, "$r25", $t134);
          $r25 = x$18 > y$19;
          $T.on && $T.pop($s2);
        }
        $T.on && $T.set($s2, "$r24", $t135);
        $r24 = $r25;
        $T.on && $T.pop($s2);
      }
      $T.on && $T.ret($s2, $t136);
      return $r24;
    }, "F11", $s1);
  }
  $T.on && $T.ret($s1, $t1);
  return 7;
}
$T.on && $T.let($s0, "digests", $t72);
const digests = $T.lit([]);
$T.on && $T.let($s0, "group", $t63);
let group = 0;
$T.on && $T.loop($s0, "L3");
L3: while (true) {
  if ($T.on ? $T.exit($s0, "L3", $t137, !(group < 8)) : !(group < 8)) {
    break L3;
  }
  $T.on && $T.let($s0, "text", $t58);
  let text = "";
  $T.on && $T.let($s0, "t", $t63);
  let t = 0;
  $T.on && $T.loop($s0, "L4");
  L4: while (true) {
    if ($T.on ? $T.exit($s0, "L4", $t138, !(t < 40)) : !(t < 40)) {
      break L4;
    }
    let $r27 = $T.on ? $T.call($s0, "$r27", null, rnd, $t140, [10]) : rnd(10);
    $T.on && $T.let($s0, "$r28", $t12);
    let $r28;
    if ($T.on ? $T.if($s0, $t141, $r27 === 0) : $r27 === 0) {
      let $r29 = $T.on ? $T.call($s0, "$r29", null, rnd, $t140, [10]) : rnd(10);
      $T.on && $T.set($s0, "$r28", $t142);
      $r28 = 60 + $r29;
      $T.on && $T.pop($s0);
    } else {
      let $r30 = $T.on ? $T.call($s0, "$r30", null, rnd, $t144, [14]) : rnd(14);
      $T.on && $T.set($s0, "$r28", $t145);
      $r28 = $r30;
      $T.on && $T.pop($s0);
    }
    $T.on && $T.let($s0, "n$20", $t146);
    const n$20 = $r28;
    $T.on && $T.let($s0, "a$21", $t72);
    const a$21 = $T.lit([]);
    $T.on && $T.let($s0, "i$24", $t63);
    let i$24 = 0;
    $T.on && $T.loop($s0, "L5");
    L5: while (true) {
      if ($T.on ? $T.exit($s0, "L5", $t147, !(i$24 < n$20)) : !(i$24 < n$20)) {
        break L5;
      }
      let $r31 = $T.on ? $T.call($s0, "$r31", null, value, $t8, []) : value();
      $T.on ? $T.mcallv($s0, null, $t150, a$21, "push", a$21.push, $t149, [$r31]) : a$21.push($r31);
      $T.on && $T.set($s0, "i$24", $t151);
      i$24 = i$24 + 1;
    }
    let $r32 = $T.on ? $T.call($s0, "$r32", null, rnd, $t153, [6]) : rnd(6);
    if ($T.on ? $T.when($s0, $t154, $r32 === 0) : $r32 === 0) {
      let $r33 = $T.on ? $T.call($s0, "$r33", null, rnd, $t24, [3]) : rnd(3);
      $T.on && $T.put($s0, $t150, $t156, $t155, a$21, n$20 + $r33);
      a$21[n$20 + $r33] = "far";
      $T.on && $T.pop($s0);
    }
    const kind$22 = $T.on ? $T.call($s0, "kind$22", null, rnd, $t157, [7]) : rnd(7);
    $T.on && $T.let($s0, "log$23", $t72);
    const log$23 = $T.lit([]);
    let $r34 = $T.on ? $T.call($s0, "$r34", null, rnd, $t158, [4]) : rnd(4);
    $T.on && $T.let($s0, "copy", $t159);
    const copy = $r34 === 0;
    const cmp = $T.on ? $T.call($s0, "cmp", null, comparator, $t162, [kind$22, log$23, a$21]) : comparator(kind$22, log$23, a$21);
    $T.on && $T.let($s0, "r", $t12);
    let r;
    $T.on && $T.let($s0, "caught", $t163);
    let caught = "none";
    $T.try($s0, "Y6", 1);
    try {
      if ($T.on ? $T.if($s0, $t164, cmp === undefined) : cmp === undefined) {
        $T.on && $T.let($s0, "$r35", $t12);
        let $r35;
        if ($T.on ? $T.if($s0, $t165, copy) : copy) {
          $T.on && $T.let($s0, "$r36", $t150);
          let $r36 = a$21;
          $T.on && $T.let($s0, "$r37", $t12);
          let $r37;
          if ($T.if($s0, $t166, $T.sortFits($r36, "toSorted"))) {
            $T.on && $T.let($s0, "$r39", $t167);
            let $r39 = $r36.length;
            if ($T.on ? $T.if($s0, $t168, $r39 < 64) : $r39 < 64) {
              $T.on && $T.let($s0, "$r38", $t72);
              let $r38 = $T.lit([]);
              $T.on && $T.let($s0, "$r40", $t63);
              let $r40 = 0;
              $T.on && $T.let($s0, "$r42", $t63);
              let $r42 = 0;
              $T.on && $T.loop($s0, "L2001617");
              L2001617: while (true) {
                if ($T.on ? $T.exit($s0, "L2001617", $t169, !($r40 < $r39)) : !($r40 < $r39)) {
                  break L2001617;
                }
                if ($T.when($s0, $t170, $T.present($r36, $r40))) {
                  $T.on && $T.let($s0, "$r41", $t171);
                  let $r41 = $r36[$r40];
                  if ($T.on ? $T.when($s0, $t172, $r41 !== undefined) : $r41 !== undefined) {
                    $T.on && $T.put($s0, $t174, $t175, $t173, $r38, $r42);
                    $r38[$r42] = $r41;
                    $T.on && $T.set($s0, "$r42", $t176);
                    $r42 = $r42 + 1;
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.pop($s0);
                }
                $T.on && $T.set($s0, "$r40", $t177);
                $r40 = $r40 + 1;
              }
              $T.on && $T.let($s0, "$r43", $t178);
              let $r43 = $r38.length;
              if ($T.on ? $T.when($s0, $t179, !($r43 < 2)) : !($r43 < 2)) {
                $T.on && $T.let($s0, "$r44", $t180);
                let $r44 = $r38[1];
                $T.on && $T.let($s0, "$r45", $t181);
                let $r45 = $r38[0];
                $T.on && $T.let($s0, "$r47", $t182);
                let $r47 = `${$r44}`;
                $T.on && $T.let($s0, "$r48", $t183);
                let $r48 = `${$r45}`;
                $T.on && $T.let($s0, "$r46", $t184);
                let $r46 = $r47 < $r48;
                $T.on && $T.let($s0, "$r49", $t30);
                let $r49 = 2;
                $T.on && $T.let($s0, "$r50", $t185);
                let $r50 = $r44;
                $T.on && $T.let($s0, "$r51", $t30);
                let $r51 = 2;
                $T.on && $T.loop($s0, "L2001618");
                L2001618: while (true) {
                  if ($T.on ? $T.exit($s0, "L2001618", $t186, !($r51 < $r43)) : !($r51 < $r43)) {
                    break L2001618;
                  }
                  $T.on && $T.let($s0, "$r52", $t187);
                  let $r52 = $r38[$r51];
                  $T.on && $T.let($s0, "$r53", $t188);
                  let $r53 = `${$r52}`;
                  $T.on && $T.let($s0, "$r54", $t189);
                  let $r54 = `${$r50}`;
                  if ($T.on ? $T.if($s0, $t190, $r46) : $r46) {
                    if ($T.on ? $T.when($s0, $t191, !($r53 < $r54)) : !($r53 < $r54)) {
                      $T.on && $T.brk($s0, "L2001618");
                      break L2001618;
                    }
                    $T.on && $T.pop($s0);
                  } else {
                    if ($T.on ? $T.when($s0, $t192, $r53 < $r54) : $r53 < $r54) {
                      $T.on && $T.brk($s0, "L2001618");
                      break L2001618;
                    }
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.set($s0, "$r50", $t193);
                  $r50 = $r52;
                  $T.on && $T.set($s0, "$r49", $t194);
                  $r49 = $r49 + 1;
                  $T.on && $T.set($s0, "$r51", $t195);
                  $r51 = $r51 + 1;
                }
                if ($T.on ? $T.when($s0, $t190, $r46) : $r46) {
                  $T.on && $T.let($s0, "$r55", $t63);
                  let $r55 = 0;
                  $T.on && $T.let($s0, "$r56", $t196);
                  let $r56 = $r49 - 1;
                  $T.on && $T.loop($s0, "L2001619");
                  L2001619: while (true) {
                    if ($T.on ? $T.exit($s0, "L2001619", $t197, !($r55 < $r56)) : !($r55 < $r56)) {
                      break L2001619;
                    }
                    $T.on && $T.let($s0, "$r57", $t198);
                    let $r57 = $r38[$r55];
                    $T.on && $T.put($s0, $t174, $t200, $t199, $r38, $r55);
                    $r38[$r55] = $r38[$r56];
                    $T.on && $T.put($s0, $t174, $t202, $t201, $r38, $r56);
                    $r38[$r56] = $r57;
                    $T.on && $T.set($s0, "$r55", $t203);
                    $r55 = $r55 + 1;
                    $T.on && $T.set($s0, "$r56", $t204);
                    $r56 = $r56 - 1;
                  }
                  $T.on && $T.pop($s0);
                }
                $T.on && $T.let($s0, "$r58", $t205);
                let $r58 = $r49;
                $T.on && $T.loop($s0, "L2001622");
                L2001622: while (true) {
                  if ($T.on ? $T.exit($s0, "L2001622", $t206, !($r58 < $r43)) : !($r58 < $r43)) {
                    break L2001622;
                  }
                  $T.on && $T.let($s0, "$r59", $t63);
                  let $r59 = 0;
                  $T.on && $T.let($s0, "$r60", $t207);
                  let $r60 = $r58;
                  $T.on && $T.let($s0, "$r61", $t208);
                  let $r61 = $r38[$r58];
                  $T.on && $T.loop($s0, "L2001620");
                  L2001620: while (true) {
                    if ($T.on ? $T.exit($s0, "L2001620", $t209, !($r59 < $r60)) : !($r59 < $r60)) {
                      break L2001620;
                    }
                    $T.on && $T.let($s0, "$r62", $t210);
                    let $r62 = $r59 + ($r60 - $r59 >> 1);
                    $T.on && $T.let($s0, "$r63", $t211);
                    let $r63 = $r38[$r62];
                    $T.on && $T.let($s0, "$r64", $t212);
                    let $r64 = `${$r61}`;
                    $T.on && $T.let($s0, "$r65", $t213);
                    let $r65 = `${$r63}`;
                    if ($T.on ? $T.if($s0, $t214, $r64 < $r65) : $r64 < $r65) {
                      $T.on && $T.set($s0, "$r60", $t215);
                      $r60 = $r62;
                      $T.on && $T.pop($s0);
                    } else {
                      $T.on && $T.set($s0, "$r59", $t216);
                      $r59 = $r62 + 1;
                      $T.on && $T.pop($s0);
                    }
                  }
                  $T.on && $T.let($s0, "$r66", $t207);
                  let $r66 = $r58;
                  $T.on && $T.loop($s0, "L2001621");
                  L2001621: while (true) {
                    if ($T.on ? $T.exit($s0, "L2001621", $t217, !($r66 > $r59)) : !($r66 > $r59)) {
                      break L2001621;
                    }
                    $T.on && $T.let($s0, "$r67", $t218);
                    let $r67 = $r66 - 1;
                    $T.on && $T.put($s0, $t174, $t220, $t219, $r38, $r66);
                    $r38[$r66] = $r38[$r67];
                    $T.on && $T.set($s0, "$r66", $t221);
                    $r66 = $r67;
                  }
                  $T.on && $T.put($s0, $t174, $t223, $t222, $r38, $r59);
                  $r38[$r59] = $r61;
                  $T.on && $T.set($s0, "$r58", $t224);
                  $r58 = $r58 + 1;
                }
                $T.on && $T.pop($s0);
              }
              if ($T.if($s0, $t225, $T.sortStores($r38, $r39))) {
                $T.on && $T.loop($s0, "L2001623");
                L2001623: while (true) {
                  if ($T.on ? $T.exit($s0, "L2001623", $t226, !($r43 < $r39)) : !($r43 < $r39)) {
                    break L2001623;
                  }
                  $T.on && $T.put($s0, $t174, $t227, $t12, $r38, $r43);
                  $r38[$r43] = undefined;
                  $T.on && $T.set($s0, "$r43", $t228);
                  $r43 = $r43 + 1;
                }
                $T.on && $T.pop($s0);
              } else {
                $T.sortStore($r38, $r38, $r39);
                $T.on && $T.pop($s0);
              }
              $T.on && $T.set($s0, "$r37", $t174);
              $r37 = $r38;
              $T.on && $T.pop($s0);
            } else {
              let $r68 = $T.on ? $T.mcallv($s0, "$r68", $t229, $r36, "toSorted", $r36.toSorted, $t8, []) : $r36.toSorted();
              $T.on && $T.set($s0, "$r37", $t230);
              $r37 = $r68;
              $T.on && $T.pop($s0);
            }
            $T.on && $T.pop($s0);
          } else {
            let $r69 = $T.on ? $T.mcallv($s0, "$r69", $t229, $r36, "toSorted", $r36.toSorted, $t8, []) : $r36.toSorted();
            $T.on && $T.set($s0, "$r37", $t231);
            $r37 = $r69;
            $T.on && $T.pop($s0);
          }
          $T.on && $T.let($s0, "$r70", $t232);
          let $r70 = $r37;
          $T.on && $T.set($s0, "$r35", $t233);
          $r35 = $r70;
          $T.on && $T.pop($s0);
        } else {
          $T.on && $T.let($s0, "$r71", $t150);
          let $r71 = a$21;
          $T.on && $T.let($s0, "$r72", $t12);
          let $r72;
          if ($T.if($s0, $t234, $T.sortFits($r71, "sort"))) {
            $T.on && $T.let($s0, "$r74", $t235);
            let $r74 = $r71.length;
            if ($T.on ? $T.if($s0, $t236, $r74 < 64) : $r74 < 64) {
              $T.on && $T.let($s0, "$r73", $t72);
              let $r73 = $T.lit([]);
              $T.on && $T.let($s0, "$r75", $t63);
              let $r75 = 0;
              $T.on && $T.let($s0, "$r77", $t63);
              let $r77 = 0;
              $T.on && $T.loop($s0, "L2002177");
              L2002177: while (true) {
                if ($T.on ? $T.exit($s0, "L2002177", $t237, !($r75 < $r74)) : !($r75 < $r74)) {
                  break L2002177;
                }
                if ($T.when($s0, $t238, $T.present($r71, $r75))) {
                  $T.on && $T.let($s0, "$r76", $t239);
                  let $r76 = $r71[$r75];
                  if ($T.on ? $T.when($s0, $t240, $r76 !== undefined) : $r76 !== undefined) {
                    $T.on && $T.put($s0, $t242, $t243, $t241, $r73, $r77);
                    $r73[$r77] = $r76;
                    $T.on && $T.set($s0, "$r77", $t244);
                    $r77 = $r77 + 1;
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.pop($s0);
                }
                $T.on && $T.set($s0, "$r75", $t245);
                $r75 = $r75 + 1;
              }
              $T.on && $T.let($s0, "$r78", $t246);
              let $r78 = $r73.length;
              if ($T.on ? $T.when($s0, $t247, !($r78 < 2)) : !($r78 < 2)) {
                $T.on && $T.let($s0, "$r79", $t248);
                let $r79 = $r73[1];
                $T.on && $T.let($s0, "$r80", $t249);
                let $r80 = $r73[0];
                $T.on && $T.let($s0, "$r82", $t250);
                let $r82 = `${$r79}`;
                $T.on && $T.let($s0, "$r83", $t251);
                let $r83 = `${$r80}`;
                $T.on && $T.let($s0, "$r81", $t252);
                let $r81 = $r82 < $r83;
                $T.on && $T.let($s0, "$r84", $t30);
                let $r84 = 2;
                $T.on && $T.let($s0, "$r85", $t253);
                let $r85 = $r79;
                $T.on && $T.let($s0, "$r86", $t30);
                let $r86 = 2;
                $T.on && $T.loop($s0, "L2002178");
                L2002178: while (true) {
                  if ($T.on ? $T.exit($s0, "L2002178", $t254, !($r86 < $r78)) : !($r86 < $r78)) {
                    break L2002178;
                  }
                  $T.on && $T.let($s0, "$r87", $t255);
                  let $r87 = $r73[$r86];
                  $T.on && $T.let($s0, "$r88", $t256);
                  let $r88 = `${$r87}`;
                  $T.on && $T.let($s0, "$r89", $t257);
                  let $r89 = `${$r85}`;
                  if ($T.on ? $T.if($s0, $t258, $r81) : $r81) {
                    if ($T.on ? $T.when($s0, $t259, !($r88 < $r89)) : !($r88 < $r89)) {
                      $T.on && $T.brk($s0, "L2002178");
                      break L2002178;
                    }
                    $T.on && $T.pop($s0);
                  } else {
                    if ($T.on ? $T.when($s0, $t260, $r88 < $r89) : $r88 < $r89) {
                      $T.on && $T.brk($s0, "L2002178");
                      break L2002178;
                    }
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.set($s0, "$r85", $t261);
                  $r85 = $r87;
                  $T.on && $T.set($s0, "$r84", $t262);
                  $r84 = $r84 + 1;
                  $T.on && $T.set($s0, "$r86", $t263);
                  $r86 = $r86 + 1;
                }
                if ($T.on ? $T.when($s0, $t258, $r81) : $r81) {
                  $T.on && $T.let($s0, "$r90", $t63);
                  let $r90 = 0;
                  $T.on && $T.let($s0, "$r91", $t264);
                  let $r91 = $r84 - 1;
                  $T.on && $T.loop($s0, "L2002179");
                  L2002179: while (true) {
                    if ($T.on ? $T.exit($s0, "L2002179", $t265, !($r90 < $r91)) : !($r90 < $r91)) {
                      break L2002179;
                    }
                    $T.on && $T.let($s0, "$r92", $t266);
                    let $r92 = $r73[$r90];
                    $T.on && $T.put($s0, $t242, $t268, $t267, $r73, $r90);
                    $r73[$r90] = $r73[$r91];
                    $T.on && $T.put($s0, $t242, $t270, $t269, $r73, $r91);
                    $r73[$r91] = $r92;
                    $T.on && $T.set($s0, "$r90", $t271);
                    $r90 = $r90 + 1;
                    $T.on && $T.set($s0, "$r91", $t272);
                    $r91 = $r91 - 1;
                  }
                  $T.on && $T.pop($s0);
                }
                $T.on && $T.let($s0, "$r93", $t273);
                let $r93 = $r84;
                $T.on && $T.loop($s0, "L2002182");
                L2002182: while (true) {
                  if ($T.on ? $T.exit($s0, "L2002182", $t274, !($r93 < $r78)) : !($r93 < $r78)) {
                    break L2002182;
                  }
                  $T.on && $T.let($s0, "$r94", $t63);
                  let $r94 = 0;
                  $T.on && $T.let($s0, "$r95", $t275);
                  let $r95 = $r93;
                  $T.on && $T.let($s0, "$r96", $t276);
                  let $r96 = $r73[$r93];
                  $T.on && $T.loop($s0, "L2002180");
                  L2002180: while (true) {
                    if ($T.on ? $T.exit($s0, "L2002180", $t277, !($r94 < $r95)) : !($r94 < $r95)) {
                      break L2002180;
                    }
                    $T.on && $T.let($s0, "$r97", $t278);
                    let $r97 = $r94 + ($r95 - $r94 >> 1);
                    $T.on && $T.let($s0, "$r98", $t279);
                    let $r98 = $r73[$r97];
                    $T.on && $T.let($s0, "$r99", $t280);
                    let $r99 = `${$r96}`;
                    $T.on && $T.let($s0, "$r100", $t281);
                    let $r100 = `${$r98}`;
                    if ($T.on ? $T.if($s0, $t282, $r99 < $r100) : $r99 < $r100) {
                      $T.on && $T.set($s0, "$r95", $t283);
                      $r95 = $r97;
                      $T.on && $T.pop($s0);
                    } else {
                      $T.on && $T.set($s0, "$r94", $t284);
                      $r94 = $r97 + 1;
                      $T.on && $T.pop($s0);
                    }
                  }
                  $T.on && $T.let($s0, "$r101", $t275);
                  let $r101 = $r93;
                  $T.on && $T.loop($s0, "L2002181");
                  L2002181: while (true) {
                    if ($T.on ? $T.exit($s0, "L2002181", $t285, !($r101 > $r94)) : !($r101 > $r94)) {
                      break L2002181;
                    }
                    $T.on && $T.let($s0, "$r102", $t286);
                    let $r102 = $r101 - 1;
                    $T.on && $T.put($s0, $t242, $t288, $t287, $r73, $r101);
                    $r73[$r101] = $r73[$r102];
                    $T.on && $T.set($s0, "$r101", $t289);
                    $r101 = $r102;
                  }
                  $T.on && $T.put($s0, $t242, $t291, $t290, $r73, $r94);
                  $r73[$r94] = $r96;
                  $T.on && $T.set($s0, "$r93", $t292);
                  $r93 = $r93 + 1;
                }
                $T.on && $T.pop($s0);
              }
              if ($T.if($s0, $t234, $T.sortStores($r71, $r74))) {
                $T.on && $T.let($s0, "$r103", $t63);
                let $r103 = 0;
                $T.on && $T.loop($s0, "L2002183");
                L2002183: while (true) {
                  if ($T.on ? $T.exit($s0, "L2002183", $t293, !($r103 < $r78)) : !($r103 < $r78)) {
                    break L2002183;
                  }
                  $T.on && $T.put($s0, $t295, $t296, $t294, $r71, $r103);
                  $r71[$r103] = $r73[$r103];
                  $T.on && $T.set($s0, "$r103", $t297);
                  $r103 = $r103 + 1;
                }
                $T.on && $T.loop($s0, "L2002184");
                L2002184: while (true) {
                  if ($T.on ? $T.exit($s0, "L2002184", $t298, !($r103 < $r74)) : !($r103 < $r74)) {
                    break L2002184;
                  }
                  $T.on && $T.put($s0, $t295, $t296, $t12, $r71, $r103);
                  $r71[$r103] = undefined;
                  $T.on && $T.set($s0, "$r103", $t297);
                  $r103 = $r103 + 1;
                }
                $T.on && $T.pop($s0);
              } else {
                $T.sortStore($r71, $r73, $r74);
                $T.on && $T.pop($s0);
              }
              $T.on && $T.set($s0, "$r72", $t295);
              $r72 = $r71;
              $T.on && $T.pop($s0);
            } else {
              let $r104 = $T.on ? $T.mcallv($s0, "$r104", $t295, $r71, "sort", $r71.sort, $t8, []) : $r71.sort();
              $T.on && $T.set($s0, "$r72", $t299);
              $r72 = $r104;
              $T.on && $T.pop($s0);
            }
            $T.on && $T.pop($s0);
          } else {
            let $r105 = $T.on ? $T.mcallv($s0, "$r105", $t295, $r71, "sort", $r71.sort, $t8, []) : $r71.sort();
            $T.on && $T.set($s0, "$r72", $t300);
            $r72 = $r105;
            $T.on && $T.pop($s0);
          }
          $T.on && $T.let($s0, "$r106", $t301);
          let $r106 = $r72;
          $T.on && $T.set($s0, "$r35", $t302);
          $r35 = $r106;
          $T.on && $T.pop($s0);
        }
        $T.on && $T.set($s0, "r", $t303);
        r = $r35;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.let($s0, "$r107", $t12);
        let $r107;
        if ($T.on ? $T.if($s0, $t165, copy) : copy) {
          $T.on && $T.let($s0, "$r108", $t150);
          let $r108 = a$21;
          $T.on && $T.let($s0, "$r109", $t304);
          let $r109 = cmp;
          $T.on && $T.let($s0, "$r110", $t12);
          let $r110;
          if ($T.if($s0, $t305, $T.sortFits($r108, "toSorted"))) {
            if ($T.on ? $T.if($s0, $t306, typeof $r109 === "function") : typeof $r109 === "function") {
              $T.on && $T.let($s0, "$r112", $t307);
              let $r112 = $r108.length;
              if ($T.on ? $T.if($s0, $t308, $r112 < 64) : $r112 < 64) {
                $T.on && $T.let($s0, "$r111", $t72);
                let $r111 = $T.lit([]);
                $T.on && $T.let($s0, "$r113", $t63);
                let $r113 = 0;
                $T.on && $T.let($s0, "$r115", $t63);
                let $r115 = 0;
                $T.on && $T.loop($s0, "L2002785");
                L2002785: while (true) {
                  if ($T.on ? $T.exit($s0, "L2002785", $t309, !($r113 < $r112)) : !($r113 < $r112)) {
                    break L2002785;
                  }
                  if ($T.when($s0, $t310, $T.present($r108, $r113))) {
                    $T.on && $T.let($s0, "$r114", $t311);
                    let $r114 = $r108[$r113];
                    if ($T.on ? $T.when($s0, $t312, $r114 !== undefined) : $r114 !== undefined) {
                      $T.on && $T.put($s0, $t314, $t315, $t313, $r111, $r115);
                      $r111[$r115] = $r114;
                      $T.on && $T.set($s0, "$r115", $t316);
                      $r115 = $r115 + 1;
                      $T.on && $T.pop($s0);
                    }
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.set($s0, "$r113", $t317);
                  $r113 = $r113 + 1;
                }
                $T.on && $T.let($s0, "$r116", $t318);
                let $r116 = $r111.length;
                if ($T.on ? $T.when($s0, $t319, !($r116 < 2)) : !($r116 < 2)) {
                  $T.on && $T.let($s0, "$r117", $t320);
                  let $r117 = $r111[1];
                  $T.on && $T.let($s0, "$r118", $t321);
                  let $r118 = $r111[0];
                  let $r120 = $T.on ? $T.call($s0, "$r120", $t325, $r109, $t324, [$r117, $r118]) : $r109($r117, $r118);
                  $T.on && $T.let($s0, "$r121", $t326);
                  let $r121 = +$r120;
                  $T.on && $T.let($s0, "$r119", $t327);
                  let $r119 = $r121 < 0;
                  $T.on && $T.let($s0, "$r122", $t30);
                  let $r122 = 2;
                  $T.on && $T.let($s0, "$r123", $t322);
                  let $r123 = $r117;
                  $T.on && $T.let($s0, "$r124", $t30);
                  let $r124 = 2;
                  $T.on && $T.loop($s0, "L2002786");
                  L2002786: while (true) {
                    if ($T.on ? $T.exit($s0, "L2002786", $t328, !($r124 < $r116)) : !($r124 < $r116)) {
                      break L2002786;
                    }
                    $T.on && $T.let($s0, "$r125", $t329);
                    let $r125 = $r111[$r124];
                    let $r126 = $T.on ? $T.call($s0, "$r126", $t325, $r109, $t332, [$r125, $r123]) : $r109($r125, $r123);
                    $T.on && $T.let($s0, "$r127", $t333);
                    let $r127 = +$r126;
                    if ($T.on ? $T.if($s0, $t334, $r119) : $r119) {
                      if ($T.on ? $T.when($s0, $t335, !($r127 < 0)) : !($r127 < 0)) {
                        $T.on && $T.brk($s0, "L2002786");
                        break L2002786;
                      }
                      $T.on && $T.pop($s0);
                    } else {
                      if ($T.on ? $T.when($s0, $t336, $r127 < 0) : $r127 < 0) {
                        $T.on && $T.brk($s0, "L2002786");
                        break L2002786;
                      }
                      $T.on && $T.pop($s0);
                    }
                    $T.on && $T.set($s0, "$r123", $t330);
                    $r123 = $r125;
                    $T.on && $T.set($s0, "$r122", $t337);
                    $r122 = $r122 + 1;
                    $T.on && $T.set($s0, "$r124", $t338);
                    $r124 = $r124 + 1;
                  }
                  if ($T.on ? $T.when($s0, $t334, $r119) : $r119) {
                    $T.on && $T.let($s0, "$r128", $t63);
                    let $r128 = 0;
                    $T.on && $T.let($s0, "$r129", $t339);
                    let $r129 = $r122 - 1;
                    $T.on && $T.loop($s0, "L2002787");
                    L2002787: while (true) {
                      if ($T.on ? $T.exit($s0, "L2002787", $t340, !($r128 < $r129)) : !($r128 < $r129)) {
                        break L2002787;
                      }
                      $T.on && $T.let($s0, "$r130", $t341);
                      let $r130 = $r111[$r128];
                      $T.on && $T.put($s0, $t314, $t343, $t342, $r111, $r128);
                      $r111[$r128] = $r111[$r129];
                      $T.on && $T.put($s0, $t314, $t345, $t344, $r111, $r129);
                      $r111[$r129] = $r130;
                      $T.on && $T.set($s0, "$r128", $t346);
                      $r128 = $r128 + 1;
                      $T.on && $T.set($s0, "$r129", $t347);
                      $r129 = $r129 - 1;
                    }
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.let($s0, "$r131", $t348);
                  let $r131 = $r122;
                  $T.on && $T.loop($s0, "L2002790");
                  L2002790: while (true) {
                    if ($T.on ? $T.exit($s0, "L2002790", $t349, !($r131 < $r116)) : !($r131 < $r116)) {
                      break L2002790;
                    }
                    $T.on && $T.let($s0, "$r132", $t63);
                    let $r132 = 0;
                    $T.on && $T.let($s0, "$r133", $t350);
                    let $r133 = $r131;
                    $T.on && $T.let($s0, "$r134", $t351);
                    let $r134 = $r111[$r131];
                    $T.on && $T.loop($s0, "L2002788");
                    L2002788: while (true) {
                      if ($T.on ? $T.exit($s0, "L2002788", $t352, !($r132 < $r133)) : !($r132 < $r133)) {
                        break L2002788;
                      }
                      $T.on && $T.let($s0, "$r135", $t353);
                      let $r135 = $r132 + ($r133 - $r132 >> 1);
                      $T.on && $T.let($s0, "$r136", $t354);
                      let $r136 = $r111[$r135];
                      let $r137 = $T.on ? $T.call($s0, "$r137", $t325, $r109, $t357, [$r134, $r136]) : $r109($r134, $r136);
                      $T.on && $T.let($s0, "$r138", $t358);
                      let $r138 = +$r137;
                      if ($T.on ? $T.if($s0, $t359, $r138 < 0) : $r138 < 0) {
                        $T.on && $T.set($s0, "$r133", $t360);
                        $r133 = $r135;
                        $T.on && $T.pop($s0);
                      } else {
                        $T.on && $T.set($s0, "$r132", $t361);
                        $r132 = $r135 + 1;
                        $T.on && $T.pop($s0);
                      }
                    }
                    $T.on && $T.let($s0, "$r139", $t350);
                    let $r139 = $r131;
                    $T.on && $T.loop($s0, "L2002789");
                    L2002789: while (true) {
                      if ($T.on ? $T.exit($s0, "L2002789", $t362, !($r139 > $r132)) : !($r139 > $r132)) {
                        break L2002789;
                      }
                      $T.on && $T.let($s0, "$r140", $t363);
                      let $r140 = $r139 - 1;
                      $T.on && $T.put($s0, $t314, $t365, $t364, $r111, $r139);
                      $r111[$r139] = $r111[$r140];
                      $T.on && $T.set($s0, "$r139", $t366);
                      $r139 = $r140;
                    }
                    $T.on && $T.put($s0, $t314, $t367, $t355, $r111, $r132);
                    $r111[$r132] = $r134;
                    $T.on && $T.set($s0, "$r131", $t368);
                    $r131 = $r131 + 1;
                  }
                  $T.on && $T.pop($s0);
                }
                if ($T.if($s0, $t369, $T.sortStores($r111, $r112))) {
                  $T.on && $T.loop($s0, "L2002791");
                  L2002791: while (true) {
                    if ($T.on ? $T.exit($s0, "L2002791", $t370, !($r116 < $r112)) : !($r116 < $r112)) {
                      break L2002791;
                    }
                    $T.on && $T.put($s0, $t314, $t371, $t12, $r111, $r116);
                    $r111[$r116] = undefined;
                    $T.on && $T.set($s0, "$r116", $t372);
                    $r116 = $r116 + 1;
                  }
                  $T.on && $T.pop($s0);
                } else {
                  $T.sortStore($r111, $r111, $r112);
                  $T.on && $T.pop($s0);
                }
                $T.on && $T.set($s0, "$r110", $t314);
                $r110 = $r111;
                $T.on && $T.pop($s0);
              } else {
                let $r141 = $T.on ? $T.mcallv($s0, "$r141", $t374, $r108, "toSorted", $r108.toSorted, $t373, [$r109]) : $r108.toSorted($r109);
                $T.on && $T.set($s0, "$r110", $t375);
                $r110 = $r141;
                $T.on && $T.pop($s0);
              }
              $T.on && $T.pop($s0);
            } else {
              let $r142 = $T.on ? $T.mcallv($s0, "$r142", $t374, $r108, "toSorted", $r108.toSorted, $t373, [$r109]) : $r108.toSorted($r109);
              $T.on && $T.set($s0, "$r110", $t376);
              $r110 = $r142;
              $T.on && $T.pop($s0);
            }
            $T.on && $T.pop($s0);
          } else {
            let $r143 = $T.on ? $T.mcallv($s0, "$r143", $t374, $r108, "toSorted", $r108.toSorted, $t373, [$r109]) : $r108.toSorted($r109);
            $T.on && $T.set($s0, "$r110", $t377);
            $r110 = $r143;
            $T.on && $T.pop($s0);
          }
          $T.on && $T.let($s0, "$r144", $t378);
          let $r144 = $r110;
          $T.on && $T.set($s0, "$r107", $t379);
          $r107 = $r144;
          $T.on && $T.pop($s0);
        } else {
          $T.on && $T.let($s0, "$r145", $t150);
          let $r145 = a$21;
          $T.on && $T.let($s0, "$r146", $t304);
          let $r146 = cmp;
          $T.on && $T.let($s0, "$r147", $t12);
          let $r147;
          if ($T.if($s0, $t380, $T.sortFits($r145, "sort"))) {
            if ($T.on ? $T.if($s0, $t381, typeof $r146 === "function") : typeof $r146 === "function") {
              $T.on && $T.let($s0, "$r149", $t382);
              let $r149 = $r145.length;
              if ($T.on ? $T.if($s0, $t383, $r149 < 64) : $r149 < 64) {
                $T.on && $T.let($s0, "$r148", $t72);
                let $r148 = $T.lit([]);
                $T.on && $T.let($s0, "$r150", $t63);
                let $r150 = 0;
                $T.on && $T.let($s0, "$r152", $t63);
                let $r152 = 0;
                $T.on && $T.loop($s0, "L2003377");
                L2003377: while (true) {
                  if ($T.on ? $T.exit($s0, "L2003377", $t384, !($r150 < $r149)) : !($r150 < $r149)) {
                    break L2003377;
                  }
                  if ($T.when($s0, $t385, $T.present($r145, $r150))) {
                    $T.on && $T.let($s0, "$r151", $t386);
                    let $r151 = $r145[$r150];
                    if ($T.on ? $T.when($s0, $t387, $r151 !== undefined) : $r151 !== undefined) {
                      $T.on && $T.put($s0, $t389, $t390, $t388, $r148, $r152);
                      $r148[$r152] = $r151;
                      $T.on && $T.set($s0, "$r152", $t391);
                      $r152 = $r152 + 1;
                      $T.on && $T.pop($s0);
                    }
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.set($s0, "$r150", $t392);
                  $r150 = $r150 + 1;
                }
                $T.on && $T.let($s0, "$r153", $t393);
                let $r153 = $r148.length;
                if ($T.on ? $T.when($s0, $t394, !($r153 < 2)) : !($r153 < 2)) {
                  $T.on && $T.let($s0, "$r154", $t395);
                  let $r154 = $r148[1];
                  $T.on && $T.let($s0, "$r155", $t396);
                  let $r155 = $r148[0];
                  let $r157 = $T.on ? $T.call($s0, "$r157", $t400, $r146, $t399, [$r154, $r155]) : $r146($r154, $r155);
                  $T.on && $T.let($s0, "$r158", $t401);
                  let $r158 = +$r157;
                  $T.on && $T.let($s0, "$r156", $t402);
                  let $r156 = $r158 < 0;
                  $T.on && $T.let($s0, "$r159", $t30);
                  let $r159 = 2;
                  $T.on && $T.let($s0, "$r160", $t397);
                  let $r160 = $r154;
                  $T.on && $T.let($s0, "$r161", $t30);
                  let $r161 = 2;
                  $T.on && $T.loop($s0, "L2003378");
                  L2003378: while (true) {
                    if ($T.on ? $T.exit($s0, "L2003378", $t403, !($r161 < $r153)) : !($r161 < $r153)) {
                      break L2003378;
                    }
                    $T.on && $T.let($s0, "$r162", $t404);
                    let $r162 = $r148[$r161];
                    let $r163 = $T.on ? $T.call($s0, "$r163", $t400, $r146, $t407, [$r162, $r160]) : $r146($r162, $r160);
                    $T.on && $T.let($s0, "$r164", $t408);
                    let $r164 = +$r163;
                    if ($T.on ? $T.if($s0, $t409, $r156) : $r156) {
                      if ($T.on ? $T.when($s0, $t410, !($r164 < 0)) : !($r164 < 0)) {
                        $T.on && $T.brk($s0, "L2003378");
                        break L2003378;
                      }
                      $T.on && $T.pop($s0);
                    } else {
                      if ($T.on ? $T.when($s0, $t411, $r164 < 0) : $r164 < 0) {
                        $T.on && $T.brk($s0, "L2003378");
                        break L2003378;
                      }
                      $T.on && $T.pop($s0);
                    }
                    $T.on && $T.set($s0, "$r160", $t405);
                    $r160 = $r162;
                    $T.on && $T.set($s0, "$r159", $t412);
                    $r159 = $r159 + 1;
                    $T.on && $T.set($s0, "$r161", $t413);
                    $r161 = $r161 + 1;
                  }
                  if ($T.on ? $T.when($s0, $t409, $r156) : $r156) {
                    $T.on && $T.let($s0, "$r165", $t63);
                    let $r165 = 0;
                    $T.on && $T.let($s0, "$r166", $t414);
                    let $r166 = $r159 - 1;
                    $T.on && $T.loop($s0, "L2003379");
                    L2003379: while (true) {
                      if ($T.on ? $T.exit($s0, "L2003379", $t415, !($r165 < $r166)) : !($r165 < $r166)) {
                        break L2003379;
                      }
                      $T.on && $T.let($s0, "$r167", $t416);
                      let $r167 = $r148[$r165];
                      $T.on && $T.put($s0, $t389, $t418, $t417, $r148, $r165);
                      $r148[$r165] = $r148[$r166];
                      $T.on && $T.put($s0, $t389, $t420, $t419, $r148, $r166);
                      $r148[$r166] = $r167;
                      $T.on && $T.set($s0, "$r165", $t421);
                      $r165 = $r165 + 1;
                      $T.on && $T.set($s0, "$r166", $t422);
                      $r166 = $r166 - 1;
                    }
                    $T.on && $T.pop($s0);
                  }
                  $T.on && $T.let($s0, "$r168", $t423);
                  let $r168 = $r159;
                  $T.on && $T.loop($s0, "L2003382");
                  L2003382: while (true) {
                    if ($T.on ? $T.exit($s0, "L2003382", $t424, !($r168 < $r153)) : !($r168 < $r153)) {
                      break L2003382;
                    }
                    $T.on && $T.let($s0, "$r169", $t63);
                    let $r169 = 0;
                    $T.on && $T.let($s0, "$r170", $t425);
                    let $r170 = $r168;
                    $T.on && $T.let($s0, "$r171", $t426);
                    let $r171 = $r148[$r168];
                    $T.on && $T.loop($s0, "L2003380");
                    L2003380: while (true) {
                      if ($T.on ? $T.exit($s0, "L2003380", $t427, !($r169 < $r170)) : !($r169 < $r170)) {
                        break L2003380;
                      }
                      $T.on && $T.let($s0, "$r172", $t428);
                      let $r172 = $r169 + ($r170 - $r169 >> 1);
                      $T.on && $T.let($s0, "$r173", $t429);
                      let $r173 = $r148[$r172];
                      let $r174 = $T.on ? $T.call($s0, "$r174", $t400, $r146, $t432, [$r171, $r173]) : $r146($r171, $r173);
                      $T.on && $T.let($s0, "$r175", $t433);
                      let $r175 = +$r174;
                      if ($T.on ? $T.if($s0, $t434, $r175 < 0) : $r175 < 0) {
                        $T.on && $T.set($s0, "$r170", $t435);
                        $r170 = $r172;
                        $T.on && $T.pop($s0);
                      } else {
                        $T.on && $T.set($s0, "$r169", $t436);
                        $r169 = $r172 + 1;
                        $T.on && $T.pop($s0);
                      }
                    }
                    $T.on && $T.let($s0, "$r176", $t425);
                    let $r176 = $r168;
                    $T.on && $T.loop($s0, "L2003381");
                    L2003381: while (true) {
                      if ($T.on ? $T.exit($s0, "L2003381", $t437, !($r176 > $r169)) : !($r176 > $r169)) {
                        break L2003381;
                      }
                      $T.on && $T.let($s0, "$r177", $t438);
                      let $r177 = $r176 - 1;
                      $T.on && $T.put($s0, $t389, $t440, $t439, $r148, $r176);
                      $r148[$r176] = $r148[$r177];
                      $T.on && $T.set($s0, "$r176", $t441);
                      $r176 = $r177;
                    }
                    $T.on && $T.put($s0, $t389, $t442, $t430, $r148, $r169);
                    $r148[$r169] = $r171;
                    $T.on && $T.set($s0, "$r168", $t443);
                    $r168 = $r168 + 1;
                  }
                  $T.on && $T.pop($s0);
                }
                if ($T.if($s0, $t380, $T.sortStores($r145, $r149))) {
                  $T.on && $T.let($s0, "$r178", $t63);
                  let $r178 = 0;
                  $T.on && $T.loop($s0, "L2003383");
                  L2003383: while (true) {
                    if ($T.on ? $T.exit($s0, "L2003383", $t444, !($r178 < $r153)) : !($r178 < $r153)) {
                      break L2003383;
                    }
                    $T.on && $T.put($s0, $t446, $t447, $t445, $r145, $r178);
                    $r145[$r178] = $r148[$r178];
                    $T.on && $T.set($s0, "$r178", $t448);
                    $r178 = $r178 + 1;
                  }
                  $T.on && $T.loop($s0, "L2003384");
                  L2003384: while (true) {
                    if ($T.on ? $T.exit($s0, "L2003384", $t449, !($r178 < $r149)) : !($r178 < $r149)) {
                      break L2003384;
                    }
                    $T.on && $T.put($s0, $t446, $t447, $t12, $r145, $r178);
                    $r145[$r178] = undefined;
                    $T.on && $T.set($s0, "$r178", $t448);
                    $r178 = $r178 + 1;
                  }
                  $T.on && $T.pop($s0);
                } else {
                  $T.sortStore($r145, $r148, $r149);
                  $T.on && $T.pop($s0);
                }
                $T.on && $T.set($s0, "$r147", $t446);
                $r147 = $r145;
                $T.on && $T.pop($s0);
              } else {
                let $r179 = $T.on ? $T.mcallv($s0, "$r179", $t446, $r145, "sort", $r145.sort, $t450, [$r146]) : $r145.sort($r146);
                $T.on && $T.set($s0, "$r147", $t451);
                $r147 = $r179;
                $T.on && $T.pop($s0);
              }
              $T.on && $T.pop($s0);
            } else {
              let $r180 = $T.on ? $T.mcallv($s0, "$r180", $t446, $r145, "sort", $r145.sort, $t450, [$r146]) : $r145.sort($r146);
              $T.on && $T.set($s0, "$r147", $t452);
              $r147 = $r180;
              $T.on && $T.pop($s0);
            }
            $T.on && $T.pop($s0);
          } else {
            let $r181 = $T.on ? $T.mcallv($s0, "$r181", $t446, $r145, "sort", $r145.sort, $t450, [$r146]) : $r145.sort($r146);
            $T.on && $T.set($s0, "$r147", $t453);
            $r147 = $r181;
            $T.on && $T.pop($s0);
          }
          $T.on && $T.let($s0, "$r182", $t454);
          let $r182 = $r147;
          $T.on && $T.set($s0, "$r107", $t455);
          $r107 = $r182;
          $T.on && $T.pop($s0);
        }
        $T.on && $T.set($s0, "r", $t456);
        r = $r107;
        $T.on && $T.pop($s0);
      }
      $T.tryEnd($s0, "Y6");
    } catch (e$25) {
      $T.catch($s0, "Y6", "e$25");
      $T.on && $T.let($s0, "$r183", $t12);
      let $r183;
      if ($T.on ? $T.if($s0, $t457, typeof e$25 === "string") : typeof e$25 === "string") {
        $T.on && $T.set($s0, "$r183", $t458);
        $r183 = e$25;
        $T.on && $T.pop($s0);
      } else {
        $T.on && $T.set($s0, "$r183", $t459);
        $r183 = e$25.constructor.name;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "caught", $t460);
      caught = $r183;
      $T.tryEnd($s0, "Y6");
    }
    let $r184 = $T.on ? $T.call($s0, "$r184", null, holes, $t461, [a$21]) : holes(a$21);
    $T.on && $T.let($s0, "$r187", $t462);
    let $r187 = a$21.length;
    $T.on && $T.let($s0, "$r185", $t12);
    let $r185;
    if ($T.on ? $T.if($s0, $t463, r === undefined) : r === undefined) {
      $T.on && $T.set($s0, "$r185", $t163);
      $r185 = "none";
      $T.on && $T.pop($s0);
    } else {
      let $r186 = $T.on ? $T.call($s0, "$r186", null, show, $t465, [r]) : show(r);
      $T.on && $T.set($s0, "$r185", $t466);
      $r185 = $r186;
      $T.on && $T.pop($s0);
    }
    const $r344 = $T.lit([a$21, $r184, $r187, log$23, caught, r === a$21, $r185]);
    let $r188 = $T.on ? $T.call($s0, "$r188", null, show, $t468, [$r344]) : show($r344);
    $T.on && $T.set($s0, "text", $t469);
    text = text + ($r188 + "\n");
    $T.on && $T.set($s0, "t", $t470);
    t = t + 1;
  }
  $T.on && $T.let($s0, "h", $t63);
  let h = 0;
  $T.on && $T.let($s0, "i$26", $t63);
  let i$26 = 0;
  $T.on && $T.loop($s0, "L7");
  L7: while (true) {
    if ($T.on ? $T.exit($s0, "L7", $t471, !(i$26 < text.length)) : !(i$26 < text.length)) {
      break L7;
    }
    let $r189 = $T.on ? $T.mcallv($s0, "$r189", $t474, text, "charCodeAt", text.charCodeAt, $t473, [i$26]) : text.charCodeAt(i$26);
    $T.on && $T.set($s0, "h", $t475);
    h = h * 31 + $r189 | 0;
    $T.on && $T.set($s0, "i$26", $t476);
    i$26 = i$26 + 1;
  }
  $T.on ? $T.mcallv($s0, null, $t479, digests, "push", digests.push, $t478, [h]) : digests.push(h);
  $T.on && $T.set($s0, "group", $t480);
  group = group + 1;
}
let $r190 = $T.on ? $T.mcallv($s0, "$r190", $t479, digests, "join", digests.join, $t482, [" "]) : digests.join(" ");
$T.on ? $T.mcallv($s0, null, $t485, console, "log", console.log, $t484, [$r190]) : console.log($r190);
$T.on && $T.let($s0, "frozen", $t486);
const frozen = $T.lit([3, 1, 2]);
$T.try($s0, "Y8", 1);
try {
  $T.on && $T.let($s0, "$r191", $t487);
  let $r191 = frozen;
  $T.on && $T.let($s0, "$r192", $t488);
  let $r192 = $T.fn((x$27, y$28) => {
    if (!$T.on) {
      Object.freeze(frozen);
      return x$27 - y$28;
    }
    const $s1 = $T.enter($s0, "F12", $t489);
    $T.on ? $T.mcallv($s1, null, $t52, Object, "freeze", Object.freeze, $t490, [frozen]) : Object.freeze(frozen);
    $T.on && $T.ret($s1, $t491);
    return x$27 - y$28;
  }, "F12", $s0);
  $T.on && $T.let($s0, "$r193", $t12);
  let $r193;
  if ($T.if($s0, $t492, $T.sortFits($r191, "sort"))) {
    if ($T.on ? $T.if($s0, $t493, typeof $r192 === "function") : typeof $r192 === "function") {
      $T.on && $T.let($s0, "$r195", $t494);
      let $r195 = $r191.length;
      if ($T.on ? $T.if($s0, $t495, $r195 < 64) : $r195 < 64) {
        $T.on && $T.let($s0, "$r194", $t72);
        let $r194 = $T.lit([]);
        $T.on && $T.let($s0, "$r196", $t63);
        let $r196 = 0;
        $T.on && $T.let($s0, "$r198", $t63);
        let $r198 = 0;
        $T.on && $T.loop($s0, "L2004113");
        L2004113: while (true) {
          if ($T.on ? $T.exit($s0, "L2004113", $t496, !($r196 < $r195)) : !($r196 < $r195)) {
            break L2004113;
          }
          if ($T.when($s0, $t497, $T.present($r191, $r196))) {
            $T.on && $T.let($s0, "$r197", $t498);
            let $r197 = $r191[$r196];
            if ($T.on ? $T.when($s0, $t499, $r197 !== undefined) : $r197 !== undefined) {
              $T.on && $T.put($s0, $t501, $t502, $t500, $r194, $r198);
              $r194[$r198] = $r197;
              $T.on && $T.set($s0, "$r198", $t503);
              $r198 = $r198 + 1;
              $T.on && $T.pop($s0);
            }
            $T.on && $T.pop($s0);
          }
          $T.on && $T.set($s0, "$r196", $t504);
          $r196 = $r196 + 1;
        }
        $T.on && $T.let($s0, "$r199", $t505);
        let $r199 = $r194.length;
        if ($T.on ? $T.when($s0, $t506, !($r199 < 2)) : !($r199 < 2)) {
          $T.on && $T.let($s0, "$r200", $t507);
          let $r200 = $r194[1];
          $T.on && $T.let($s0, "$r201", $t508);
          let $r201 = $r194[0];
          let $r203 = $T.on ? $T.call($s0, "$r203", $t512, $r192, $t511, [$r200, $r201]) : $r192($r200, $r201);
          $T.on && $T.let($s0, "$r204", $t513);
          let $r204 = +$r203;
          $T.on && $T.let($s0, "$r202", $t514);
          let $r202 = $r204 < 0;
          $T.on && $T.let($s0, "$r205", $t30);
          let $r205 = 2;
          $T.on && $T.let($s0, "$r206", $t509);
          let $r206 = $r200;
          $T.on && $T.let($s0, "$r207", $t30);
          let $r207 = 2;
          $T.on && $T.loop($s0, "L2004114");
          L2004114: while (true) {
            if ($T.on ? $T.exit($s0, "L2004114", $t515, !($r207 < $r199)) : !($r207 < $r199)) {
              break L2004114;
            }
            $T.on && $T.let($s0, "$r208", $t516);
            let $r208 = $r194[$r207];
            let $r209 = $T.on ? $T.call($s0, "$r209", $t512, $r192, $t519, [$r208, $r206]) : $r192($r208, $r206);
            $T.on && $T.let($s0, "$r210", $t520);
            let $r210 = +$r209;
            if ($T.on ? $T.if($s0, $t521, $r202) : $r202) {
              if ($T.on ? $T.when($s0, $t522, !($r210 < 0)) : !($r210 < 0)) {
                $T.on && $T.brk($s0, "L2004114");
                break L2004114;
              }
              $T.on && $T.pop($s0);
            } else {
              if ($T.on ? $T.when($s0, $t523, $r210 < 0) : $r210 < 0) {
                $T.on && $T.brk($s0, "L2004114");
                break L2004114;
              }
              $T.on && $T.pop($s0);
            }
            $T.on && $T.set($s0, "$r206", $t517);
            $r206 = $r208;
            $T.on && $T.set($s0, "$r205", $t524);
            $r205 = $r205 + 1;
            $T.on && $T.set($s0, "$r207", $t525);
            $r207 = $r207 + 1;
          }
          if ($T.on ? $T.when($s0, $t521, $r202) : $r202) {
            $T.on && $T.let($s0, "$r211", $t63);
            let $r211 = 0;
            $T.on && $T.let($s0, "$r212", $t526);
            let $r212 = $r205 - 1;
            $T.on && $T.loop($s0, "L2004115");
            L2004115: while (true) {
              if ($T.on ? $T.exit($s0, "L2004115", $t527, !($r211 < $r212)) : !($r211 < $r212)) {
                break L2004115;
              }
              $T.on && $T.let($s0, "$r213", $t528);
              let $r213 = $r194[$r211];
              $T.on && $T.put($s0, $t501, $t530, $t529, $r194, $r211);
              $r194[$r211] = $r194[$r212];
              $T.on && $T.put($s0, $t501, $t532, $t531, $r194, $r212);
              $r194[$r212] = $r213;
              $T.on && $T.set($s0, "$r211", $t533);
              $r211 = $r211 + 1;
              $T.on && $T.set($s0, "$r212", $t534);
              $r212 = $r212 - 1;
            }
            $T.on && $T.pop($s0);
          }
          $T.on && $T.let($s0, "$r214", $t535);
          let $r214 = $r205;
          $T.on && $T.loop($s0, "L2004118");
          L2004118: while (true) {
            if ($T.on ? $T.exit($s0, "L2004118", $t536, !($r214 < $r199)) : !($r214 < $r199)) {
              break L2004118;
            }
            $T.on && $T.let($s0, "$r215", $t63);
            let $r215 = 0;
            $T.on && $T.let($s0, "$r216", $t537);
            let $r216 = $r214;
            $T.on && $T.let($s0, "$r217", $t538);
            let $r217 = $r194[$r214];
            $T.on && $T.loop($s0, "L2004116");
            L2004116: while (true) {
              if ($T.on ? $T.exit($s0, "L2004116", $t539, !($r215 < $r216)) : !($r215 < $r216)) {
                break L2004116;
              }
              $T.on && $T.let($s0, "$r218", $t540);
              let $r218 = $r215 + ($r216 - $r215 >> 1);
              $T.on && $T.let($s0, "$r219", $t541);
              let $r219 = $r194[$r218];
              let $r220 = $T.on ? $T.call($s0, "$r220", $t512, $r192, $t544, [$r217, $r219]) : $r192($r217, $r219);
              $T.on && $T.let($s0, "$r221", $t545);
              let $r221 = +$r220;
              if ($T.on ? $T.if($s0, $t546, $r221 < 0) : $r221 < 0) {
                $T.on && $T.set($s0, "$r216", $t547);
                $r216 = $r218;
                $T.on && $T.pop($s0);
              } else {
                $T.on && $T.set($s0, "$r215", $t548);
                $r215 = $r218 + 1;
                $T.on && $T.pop($s0);
              }
            }
            $T.on && $T.let($s0, "$r222", $t537);
            let $r222 = $r214;
            $T.on && $T.loop($s0, "L2004117");
            L2004117: while (true) {
              if ($T.on ? $T.exit($s0, "L2004117", $t549, !($r222 > $r215)) : !($r222 > $r215)) {
                break L2004117;
              }
              $T.on && $T.let($s0, "$r223", $t550);
              let $r223 = $r222 - 1;
              $T.on && $T.put($s0, $t501, $t552, $t551, $r194, $r222);
              $r194[$r222] = $r194[$r223];
              $T.on && $T.set($s0, "$r222", $t553);
              $r222 = $r223;
            }
            $T.on && $T.put($s0, $t501, $t554, $t542, $r194, $r215);
            $r194[$r215] = $r217;
            $T.on && $T.set($s0, "$r214", $t555);
            $r214 = $r214 + 1;
          }
          $T.on && $T.pop($s0);
        }
        if ($T.if($s0, $t492, $T.sortStores($r191, $r195))) {
          $T.on && $T.let($s0, "$r224", $t63);
          let $r224 = 0;
          $T.on && $T.loop($s0, "L2004119");
          L2004119: while (true) {
            if ($T.on ? $T.exit($s0, "L2004119", $t556, !($r224 < $r199)) : !($r224 < $r199)) {
              break L2004119;
            }
            $T.on && $T.put($s0, $t558, $t559, $t557, $r191, $r224);
            $r191[$r224] = $r194[$r224];
            $T.on && $T.set($s0, "$r224", $t560);
            $r224 = $r224 + 1;
          }
          $T.on && $T.loop($s0, "L2004120");
          L2004120: while (true) {
            if ($T.on ? $T.exit($s0, "L2004120", $t561, !($r224 < $r195)) : !($r224 < $r195)) {
              break L2004120;
            }
            $T.on && $T.put($s0, $t558, $t559, $t12, $r191, $r224);
            $r191[$r224] = undefined;
            $T.on && $T.set($s0, "$r224", $t560);
            $r224 = $r224 + 1;
          }
          $T.on && $T.pop($s0);
        } else {
          $T.sortStore($r191, $r194, $r195);
          $T.on && $T.pop($s0);
        }
        $T.on && $T.set($s0, "$r193", $t558);
        $r193 = $r191;
        $T.on && $T.pop($s0);
      } else {
        let $r225 = $T.on ? $T.mcallv($s0, "$r225", $t558, $r191, "sort", $r191.sort, $t562, [$r192]) : $r191.sort($r192);
        $T.on && $T.set($s0, "$r193", $t563);
        $r193 = $r225;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.pop($s0);
    } else {
      let $r226 = $T.on ? $T.mcallv($s0, "$r226", $t558, $r191, "sort", $r191.sort, $t562, [$r192]) : $r191.sort($r192);
      $T.on && $T.set($s0, "$r193", $t564);
      $r193 = $r226;
      $T.on && $T.pop($s0);
    }
    $T.on && $T.pop($s0);
  } else {
    let $r227 = $T.on ? $T.mcallv($s0, "$r227", $t558, $r191, "sort", $r191.sort, $t562, [$r192]) : $r191.sort($r192);
    $T.on && $T.set($s0, "$r193", $t565);
    $r193 = $r227;
    $T.on && $T.pop($s0);
  }
  $r193;
  $T.tryEnd($s0, "Y8");
} catch (e$29) {
  $T.catch($s0, "Y8", "e$29");
  $T.on ? $T.mcallv($s0, null, $t485, console, "log", console.log, $t568, [e$29.constructor.name, e$29.message]) : console.log(e$29.constructor.name, e$29.message);
  $T.tryEnd($s0, "Y8");
}
$T.on && $T.let($s0, "shrunk", $t486);
const shrunk = $T.lit([3, 1, 2]);
$T.try($s0, "Y9", 1);
try {
  $T.on && $T.let($s0, "$r228", $t569);
  let $r228 = shrunk;
  $T.on && $T.let($s0, "$r229", $t570);
  let $r229 = $T.fn((x$30, y$31) => {
    if (!$T.on) {
      shrunk.length = 0;
      Object.preventExtensions(shrunk);
      return x$30 - y$31;
    }
    const $s1 = $T.enter($s0, "F13", $t571);
    $T.on && $T.put($s1, $t569, $t117, $t63, shrunk, "length");
    shrunk.length = 0;
    $T.on ? $T.mcallv($s1, null, $t52, Object, "preventExtensions", Object.preventExtensions, $t572, [shrunk]) : Object.preventExtensions(shrunk);
    $T.on && $T.ret($s1, $t573);
    return x$30 - y$31;
  }, "F13", $s0);
  $T.on && $T.let($s0, "$r230", $t12);
  let $r230;
  if ($T.if($s0, $t574, $T.sortFits($r228, "sort"))) {
    if ($T.on ? $T.if($s0, $t575, typeof $r229 === "function") : typeof $r229 === "function") {
      $T.on && $T.let($s0, "$r232", $t576);
      let $r232 = $r228.length;
      if ($T.on ? $T.if($s0, $t577, $r232 < 64) : $r232 < 64) {
        $T.on && $T.let($s0, "$r231", $t72);
        let $r231 = $T.lit([]);
        $T.on && $T.let($s0, "$r233", $t63);
        let $r233 = 0;
        $T.on && $T.let($s0, "$r235", $t63);
        let $r235 = 0;
        $T.on && $T.loop($s0, "L2004705");
        L2004705: while (true) {
          if ($T.on ? $T.exit($s0, "L2004705", $t578, !($r233 < $r232)) : !($r233 < $r232)) {
            break L2004705;
          }
          if ($T.when($s0, $t579, $T.present($r228, $r233))) {
            $T.on && $T.let($s0, "$r234", $t580);
            let $r234 = $r228[$r233];
            if ($T.on ? $T.when($s0, $t581, $r234 !== undefined) : $r234 !== undefined) {
              $T.on && $T.put($s0, $t583, $t584, $t582, $r231, $r235);
              $r231[$r235] = $r234;
              $T.on && $T.set($s0, "$r235", $t585);
              $r235 = $r235 + 1;
              $T.on && $T.pop($s0);
            }
            $T.on && $T.pop($s0);
          }
          $T.on && $T.set($s0, "$r233", $t586);
          $r233 = $r233 + 1;
        }
        $T.on && $T.let($s0, "$r236", $t587);
        let $r236 = $r231.length;
        if ($T.on ? $T.when($s0, $t588, !($r236 < 2)) : !($r236 < 2)) {
          $T.on && $T.let($s0, "$r237", $t589);
          let $r237 = $r231[1];
          $T.on && $T.let($s0, "$r238", $t590);
          let $r238 = $r231[0];
          let $r240 = $T.on ? $T.call($s0, "$r240", $t594, $r229, $t593, [$r237, $r238]) : $r229($r237, $r238);
          $T.on && $T.let($s0, "$r241", $t595);
          let $r241 = +$r240;
          $T.on && $T.let($s0, "$r239", $t596);
          let $r239 = $r241 < 0;
          $T.on && $T.let($s0, "$r242", $t30);
          let $r242 = 2;
          $T.on && $T.let($s0, "$r243", $t591);
          let $r243 = $r237;
          $T.on && $T.let($s0, "$r244", $t30);
          let $r244 = 2;
          $T.on && $T.loop($s0, "L2004706");
          L2004706: while (true) {
            if ($T.on ? $T.exit($s0, "L2004706", $t597, !($r244 < $r236)) : !($r244 < $r236)) {
              break L2004706;
            }
            $T.on && $T.let($s0, "$r245", $t598);
            let $r245 = $r231[$r244];
            let $r246 = $T.on ? $T.call($s0, "$r246", $t594, $r229, $t601, [$r245, $r243]) : $r229($r245, $r243);
            $T.on && $T.let($s0, "$r247", $t602);
            let $r247 = +$r246;
            if ($T.on ? $T.if($s0, $t603, $r239) : $r239) {
              if ($T.on ? $T.when($s0, $t604, !($r247 < 0)) : !($r247 < 0)) {
                $T.on && $T.brk($s0, "L2004706");
                break L2004706;
              }
              $T.on && $T.pop($s0);
            } else {
              if ($T.on ? $T.when($s0, $t605, $r247 < 0) : $r247 < 0) {
                $T.on && $T.brk($s0, "L2004706");
                break L2004706;
              }
              $T.on && $T.pop($s0);
            }
            $T.on && $T.set($s0, "$r243", $t599);
            $r243 = $r245;
            $T.on && $T.set($s0, "$r242", $t606);
            $r242 = $r242 + 1;
            $T.on && $T.set($s0, "$r244", $t607);
            $r244 = $r244 + 1;
          }
          if ($T.on ? $T.when($s0, $t603, $r239) : $r239) {
            $T.on && $T.let($s0, "$r248", $t63);
            let $r248 = 0;
            $T.on && $T.let($s0, "$r249", $t608);
            let $r249 = $r242 - 1;
            $T.on && $T.loop($s0, "L2004707");
            L2004707: while (true) {
              if ($T.on ? $T.exit($s0, "L2004707", $t609, !($r248 < $r249)) : !($r248 < $r249)) {
                break L2004707;
              }
              $T.on && $T.let($s0, "$r250", $t610);
              let $r250 = $r231[$r248];
              $T.on && $T.put($s0, $t583, $t612, $t611, $r231, $r248);
              $r231[$r248] = $r231[$r249];
              $T.on && $T.put($s0, $t583, $t614, $t613, $r231, $r249);
              $r231[$r249] = $r250;
              $T.on && $T.set($s0, "$r248", $t615);
              $r248 = $r248 + 1;
              $T.on && $T.set($s0, "$r249", $t616);
              $r249 = $r249 - 1;
            }
            $T.on && $T.pop($s0);
          }
          $T.on && $T.let($s0, "$r251", $t617);
          let $r251 = $r242;
          $T.on && $T.loop($s0, "L2004710");
          L2004710: while (true) {
            if ($T.on ? $T.exit($s0, "L2004710", $t618, !($r251 < $r236)) : !($r251 < $r236)) {
              break L2004710;
            }
            $T.on && $T.let($s0, "$r252", $t63);
            let $r252 = 0;
            $T.on && $T.let($s0, "$r253", $t619);
            let $r253 = $r251;
            $T.on && $T.let($s0, "$r254", $t620);
            let $r254 = $r231[$r251];
            $T.on && $T.loop($s0, "L2004708");
            L2004708: while (true) {
              if ($T.on ? $T.exit($s0, "L2004708", $t621, !($r252 < $r253)) : !($r252 < $r253)) {
                break L2004708;
              }
              $T.on && $T.let($s0, "$r255", $t622);
              let $r255 = $r252 + ($r253 - $r252 >> 1);
              $T.on && $T.let($s0, "$r256", $t623);
              let $r256 = $r231[$r255];
              let $r257 = $T.on ? $T.call($s0, "$r257", $t594, $r229, $t626, [$r254, $r256]) : $r229($r254, $r256);
              $T.on && $T.let($s0, "$r258", $t627);
              let $r258 = +$r257;
              if ($T.on ? $T.if($s0, $t628, $r258 < 0) : $r258 < 0) {
                $T.on && $T.set($s0, "$r253", $t629);
                $r253 = $r255;
                $T.on && $T.pop($s0);
              } else {
                $T.on && $T.set($s0, "$r252", $t630);
                $r252 = $r255 + 1;
                $T.on && $T.pop($s0);
              }
            }
            $T.on && $T.let($s0, "$r259", $t619);
            let $r259 = $r251;
            $T.on && $T.loop($s0, "L2004709");
            L2004709: while (true) {
              if ($T.on ? $T.exit($s0, "L2004709", $t631, !($r259 > $r252)) : !($r259 > $r252)) {
                break L2004709;
              }
              $T.on && $T.let($s0, "$r260", $t632);
              let $r260 = $r259 - 1;
              $T.on && $T.put($s0, $t583, $t634, $t633, $r231, $r259);
              $r231[$r259] = $r231[$r260];
              $T.on && $T.set($s0, "$r259", $t635);
              $r259 = $r260;
            }
            $T.on && $T.put($s0, $t583, $t636, $t624, $r231, $r252);
            $r231[$r252] = $r254;
            $T.on && $T.set($s0, "$r251", $t637);
            $r251 = $r251 + 1;
          }
          $T.on && $T.pop($s0);
        }
        if ($T.if($s0, $t574, $T.sortStores($r228, $r232))) {
          $T.on && $T.let($s0, "$r261", $t63);
          let $r261 = 0;
          $T.on && $T.loop($s0, "L2004711");
          L2004711: while (true) {
            if ($T.on ? $T.exit($s0, "L2004711", $t638, !($r261 < $r236)) : !($r261 < $r236)) {
              break L2004711;
            }
            $T.on && $T.put($s0, $t640, $t641, $t639, $r228, $r261);
            $r228[$r261] = $r231[$r261];
            $T.on && $T.set($s0, "$r261", $t642);
            $r261 = $r261 + 1;
          }
          $T.on && $T.loop($s0, "L2004712");
          L2004712: while (true) {
            if ($T.on ? $T.exit($s0, "L2004712", $t643, !($r261 < $r232)) : !($r261 < $r232)) {
              break L2004712;
            }
            $T.on && $T.put($s0, $t640, $t641, $t12, $r228, $r261);
            $r228[$r261] = undefined;
            $T.on && $T.set($s0, "$r261", $t642);
            $r261 = $r261 + 1;
          }
          $T.on && $T.pop($s0);
        } else {
          $T.sortStore($r228, $r231, $r232);
          $T.on && $T.pop($s0);
        }
        $T.on && $T.set($s0, "$r230", $t640);
        $r230 = $r228;
        $T.on && $T.pop($s0);
      } else {
        let $r262 = $T.on ? $T.mcallv($s0, "$r262", $t640, $r228, "sort", $r228.sort, $t644, [$r229]) : $r228.sort($r229);
        $T.on && $T.set($s0, "$r230", $t645);
        $r230 = $r262;
        $T.on && $T.pop($s0);
      }
      $T.on && $T.pop($s0);
    } else {
      let $r263 = $T.on ? $T.mcallv($s0, "$r263", $t640, $r228, "sort", $r228.sort, $t644, [$r229]) : $r228.sort($r229);
      $T.on && $T.set($s0, "$r230", $t646);
      $r230 = $r263;
      $T.on && $T.pop($s0);
    }
    $T.on && $T.pop($s0);
  } else {
    let $r264 = $T.on ? $T.mcallv($s0, "$r264", $t640, $r228, "sort", $r228.sort, $t644, [$r229]) : $r228.sort($r229);
    $T.on && $T.set($s0, "$r230", $t647);
    $r230 = $r264;
    $T.on && $T.pop($s0);
  }
  $r230;
  $T.tryEnd($s0, "Y9");
} catch (e$32) {
  $T.catch($s0, "Y9", "e$32");
  $T.on ? $T.mcallv($s0, null, $t485, console, "log", console.log, $t651, [e$32.constructor.name, e$32.message, shrunk.length]) : console.log(e$32.constructor.name, e$32.message, shrunk.length);
  $T.tryEnd($s0, "Y9");
}
$T.on && $T.let($s0, "realPush", $t652);
const realPush = Array.prototype.push;
$T.on && $T.put($s0, $t654, $t655, $t653, Array.prototype, "push");
Array.prototype.push = $T.fn(function () {
  if (!$T.on) {
    throw "patched push";
  }
  const $s1 = $T.enter($s0, "F14", $t8);
  $T.throw($s1, $t656);
  throw "patched push";
}, "F14", $s0);
$T.on && $T.let($s0, "words", $t657);
const words = $T.lit(["pear", "apple", "fig"]);
$T.on && $T.let($s0, "$r265", $t658);
let $r265 = words;
$T.on && $T.let($s0, "$r266", $t12);
let $r266;
if ($T.if($s0, $t659, $T.sortFits($r265, "sort"))) {
  $T.on && $T.let($s0, "$r268", $t660);
  let $r268 = $r265.length;
  if ($T.on ? $T.if($s0, $t661, $r268 < 64) : $r268 < 64) {
    $T.on && $T.let($s0, "$r267", $t72);
    let $r267 = $T.lit([]);
    $T.on && $T.let($s0, "$r269", $t63);
    let $r269 = 0;
    $T.on && $T.let($s0, "$r271", $t63);
    let $r271 = 0;
    $T.on && $T.loop($s0, "L2005281");
    L2005281: while (true) {
      if ($T.on ? $T.exit($s0, "L2005281", $t662, !($r269 < $r268)) : !($r269 < $r268)) {
        break L2005281;
      }
      if ($T.when($s0, $t663, $T.present($r265, $r269))) {
        $T.on && $T.let($s0, "$r270", $t664);
        let $r270 = $r265[$r269];
        if ($T.on ? $T.when($s0, $t665, $r270 !== undefined) : $r270 !== undefined) {
          $T.on && $T.put($s0, $t667, $t668, $t666, $r267, $r271);
          $r267[$r271] = $r270;
          $T.on && $T.set($s0, "$r271", $t669);
          $r271 = $r271 + 1;
          $T.on && $T.pop($s0);
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r269", $t670);
      $r269 = $r269 + 1;
    }
    $T.on && $T.let($s0, "$r272", $t671);
    let $r272 = $r267.length;
    if ($T.on ? $T.when($s0, $t672, !($r272 < 2)) : !($r272 < 2)) {
      $T.on && $T.let($s0, "$r273", $t673);
      let $r273 = $r267[1];
      $T.on && $T.let($s0, "$r274", $t674);
      let $r274 = $r267[0];
      $T.on && $T.let($s0, "$r276", $t675);
      let $r276 = `${$r273}`;
      $T.on && $T.let($s0, "$r277", $t676);
      let $r277 = `${$r274}`;
      $T.on && $T.let($s0, "$r275", $t677);
      let $r275 = $r276 < $r277;
      $T.on && $T.let($s0, "$r278", $t30);
      let $r278 = 2;
      $T.on && $T.let($s0, "$r279", $t678);
      let $r279 = $r273;
      $T.on && $T.let($s0, "$r280", $t30);
      let $r280 = 2;
      $T.on && $T.loop($s0, "L2005282");
      L2005282: while (true) {
        if ($T.on ? $T.exit($s0, "L2005282", $t679, !($r280 < $r272)) : !($r280 < $r272)) {
          break L2005282;
        }
        $T.on && $T.let($s0, "$r281", $t680);
        let $r281 = $r267[$r280];
        $T.on && $T.let($s0, "$r282", $t681);
        let $r282 = `${$r281}`;
        $T.on && $T.let($s0, "$r283", $t682);
        let $r283 = `${$r279}`;
        if ($T.on ? $T.if($s0, $t683, $r275) : $r275) {
          if ($T.on ? $T.when($s0, $t684, !($r282 < $r283)) : !($r282 < $r283)) {
            $T.on && $T.brk($s0, "L2005282");
            break L2005282;
          }
          $T.on && $T.pop($s0);
        } else {
          if ($T.on ? $T.when($s0, $t685, $r282 < $r283) : $r282 < $r283) {
            $T.on && $T.brk($s0, "L2005282");
            break L2005282;
          }
          $T.on && $T.pop($s0);
        }
        $T.on && $T.set($s0, "$r279", $t686);
        $r279 = $r281;
        $T.on && $T.set($s0, "$r278", $t687);
        $r278 = $r278 + 1;
        $T.on && $T.set($s0, "$r280", $t688);
        $r280 = $r280 + 1;
      }
      if ($T.on ? $T.when($s0, $t683, $r275) : $r275) {
        $T.on && $T.let($s0, "$r284", $t63);
        let $r284 = 0;
        $T.on && $T.let($s0, "$r285", $t689);
        let $r285 = $r278 - 1;
        $T.on && $T.loop($s0, "L2005283");
        L2005283: while (true) {
          if ($T.on ? $T.exit($s0, "L2005283", $t690, !($r284 < $r285)) : !($r284 < $r285)) {
            break L2005283;
          }
          $T.on && $T.let($s0, "$r286", $t691);
          let $r286 = $r267[$r284];
          $T.on && $T.put($s0, $t667, $t693, $t692, $r267, $r284);
          $r267[$r284] = $r267[$r285];
          $T.on && $T.put($s0, $t667, $t695, $t694, $r267, $r285);
          $r267[$r285] = $r286;
          $T.on && $T.set($s0, "$r284", $t696);
          $r284 = $r284 + 1;
          $T.on && $T.set($s0, "$r285", $t697);
          $r285 = $r285 - 1;
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.let($s0, "$r287", $t698);
      let $r287 = $r278;
      $T.on && $T.loop($s0, "L2005286");
      L2005286: while (true) {
        if ($T.on ? $T.exit($s0, "L2005286", $t699, !($r287 < $r272)) : !($r287 < $r272)) {
          break L2005286;
        }
        $T.on && $T.let($s0, "$r288", $t63);
        let $r288 = 0;
        $T.on && $T.let($s0, "$r289", $t700);
        let $r289 = $r287;
        $T.on && $T.let($s0, "$r290", $t701);
        let $r290 = $r267[$r287];
        $T.on && $T.loop($s0, "L2005284");
        L2005284: while (true) {
          if ($T.on ? $T.exit($s0, "L2005284", $t702, !($r288 < $r289)) : !($r288 < $r289)) {
            break L2005284;
          }
          $T.on && $T.let($s0, "$r291", $t703);
          let $r291 = $r288 + ($r289 - $r288 >> 1);
          $T.on && $T.let($s0, "$r292", $t704);
          let $r292 = $r267[$r291];
          $T.on && $T.let($s0, "$r293", $t705);
          let $r293 = `${$r290}`;
          $T.on && $T.let($s0, "$r294", $t706);
          let $r294 = `${$r292}`;
          if ($T.on ? $T.if($s0, $t707, $r293 < $r294) : $r293 < $r294) {
            $T.on && $T.set($s0, "$r289", $t708);
            $r289 = $r291;
            $T.on && $T.pop($s0);
          } else {
            $T.on && $T.set($s0, "$r288", $t709);
            $r288 = $r291 + 1;
            $T.on && $T.pop($s0);
          }
        }
        $T.on && $T.let($s0, "$r295", $t700);
        let $r295 = $r287;
        $T.on && $T.loop($s0, "L2005285");
        L2005285: while (true) {
          if ($T.on ? $T.exit($s0, "L2005285", $t710, !($r295 > $r288)) : !($r295 > $r288)) {
            break L2005285;
          }
          $T.on && $T.let($s0, "$r296", $t711);
          let $r296 = $r295 - 1;
          $T.on && $T.put($s0, $t667, $t713, $t712, $r267, $r295);
          $r267[$r295] = $r267[$r296];
          $T.on && $T.set($s0, "$r295", $t714);
          $r295 = $r296;
        }
        $T.on && $T.put($s0, $t667, $t716, $t715, $r267, $r288);
        $r267[$r288] = $r290;
        $T.on && $T.set($s0, "$r287", $t717);
        $r287 = $r287 + 1;
      }
      $T.on && $T.pop($s0);
    }
    if ($T.if($s0, $t659, $T.sortStores($r265, $r268))) {
      $T.on && $T.let($s0, "$r297", $t63);
      let $r297 = 0;
      $T.on && $T.loop($s0, "L2005287");
      L2005287: while (true) {
        if ($T.on ? $T.exit($s0, "L2005287", $t718, !($r297 < $r272)) : !($r297 < $r272)) {
          break L2005287;
        }
        $T.on && $T.put($s0, $t720, $t721, $t719, $r265, $r297);
        $r265[$r297] = $r267[$r297];
        $T.on && $T.set($s0, "$r297", $t722);
        $r297 = $r297 + 1;
      }
      $T.on && $T.loop($s0, "L2005288");
      L2005288: while (true) {
        if ($T.on ? $T.exit($s0, "L2005288", $t723, !($r297 < $r268)) : !($r297 < $r268)) {
          break L2005288;
        }
        $T.on && $T.put($s0, $t720, $t721, $t12, $r265, $r297);
        $r265[$r297] = undefined;
        $T.on && $T.set($s0, "$r297", $t722);
        $r297 = $r297 + 1;
      }
      $T.on && $T.pop($s0);
    } else {
      $T.sortStore($r265, $r267, $r268);
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r266", $t720);
    $r266 = $r265;
    $T.on && $T.pop($s0);
  } else {
    let $r298 = $T.on ? $T.mcallv($s0, "$r298", $t720, $r265, "sort", $r265.sort, $t8, []) : $r265.sort();
    $T.on && $T.set($s0, "$r266", $t724);
    $r266 = $r298;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r299 = $T.on ? $T.mcallv($s0, "$r299", $t720, $r265, "sort", $r265.sort, $t8, []) : $r265.sort();
  $T.on && $T.set($s0, "$r266", $t725);
  $r266 = $r299;
  $T.on && $T.pop($s0);
}
$r266;
$T.on && $T.put($s0, $t654, $t655, $t726, Array.prototype, "push");
Array.prototype.push = realPush;
let $r300 = $T.on ? $T.mcallv($s0, "$r300", $t658, words, "join", words.join, $t482, [" "]) : words.join(" ");
$T.on && $T.let($s0, "$r301", $t727);
let $r301 = $T.lit([10, 9, 1, "10", "｡", "😀"]);
$T.on && $T.let($s0, "$r302", $t12);
let $r302;
if ($T.if($s0, $t728, $T.sortFits($r301, "sort"))) {
  $T.on && $T.let($s0, "$r304", $t729);
  let $r304 = $r301.length;
  if ($T.on ? $T.if($s0, $t730, $r304 < 64) : $r304 < 64) {
    $T.on && $T.let($s0, "$r303", $t72);
    let $r303 = $T.lit([]);
    $T.on && $T.let($s0, "$r305", $t63);
    let $r305 = 0;
    $T.on && $T.let($s0, "$r307", $t63);
    let $r307 = 0;
    $T.on && $T.loop($s0, "L2005857");
    L2005857: while (true) {
      if ($T.on ? $T.exit($s0, "L2005857", $t731, !($r305 < $r304)) : !($r305 < $r304)) {
        break L2005857;
      }
      if ($T.when($s0, $t732, $T.present($r301, $r305))) {
        $T.on && $T.let($s0, "$r306", $t733);
        let $r306 = $r301[$r305];
        if ($T.on ? $T.when($s0, $t734, $r306 !== undefined) : $r306 !== undefined) {
          $T.on && $T.put($s0, $t736, $t737, $t735, $r303, $r307);
          $r303[$r307] = $r306;
          $T.on && $T.set($s0, "$r307", $t738);
          $r307 = $r307 + 1;
          $T.on && $T.pop($s0);
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.set($s0, "$r305", $t739);
      $r305 = $r305 + 1;
    }
    $T.on && $T.let($s0, "$r308", $t740);
    let $r308 = $r303.length;
    if ($T.on ? $T.when($s0, $t741, !($r308 < 2)) : !($r308 < 2)) {
      $T.on && $T.let($s0, "$r309", $t742);
      let $r309 = $r303[1];
      $T.on && $T.let($s0, "$r310", $t743);
      let $r310 = $r303[0];
      $T.on && $T.let($s0, "$r312", $t744);
      let $r312 = `${$r309}`;
      $T.on && $T.let($s0, "$r313", $t745);
      let $r313 = `${$r310}`;
      $T.on && $T.let($s0, "$r311", $t746);
      let $r311 = $r312 < $r313;
      $T.on && $T.let($s0, "$r314", $t30);
      let $r314 = 2;
      $T.on && $T.let($s0, "$r315", $t747);
      let $r315 = $r309;
      $T.on && $T.let($s0, "$r316", $t30);
      let $r316 = 2;
      $T.on && $T.loop($s0, "L2005858");
      L2005858: while (true) {
        if ($T.on ? $T.exit($s0, "L2005858", $t748, !($r316 < $r308)) : !($r316 < $r308)) {
          break L2005858;
        }
        $T.on && $T.let($s0, "$r317", $t749);
        let $r317 = $r303[$r316];
        $T.on && $T.let($s0, "$r318", $t750);
        let $r318 = `${$r317}`;
        $T.on && $T.let($s0, "$r319", $t751);
        let $r319 = `${$r315}`;
        if ($T.on ? $T.if($s0, $t752, $r311) : $r311) {
          if ($T.on ? $T.when($s0, $t753, !($r318 < $r319)) : !($r318 < $r319)) {
            $T.on && $T.brk($s0, "L2005858");
            break L2005858;
          }
          $T.on && $T.pop($s0);
        } else {
          if ($T.on ? $T.when($s0, $t754, $r318 < $r319) : $r318 < $r319) {
            $T.on && $T.brk($s0, "L2005858");
            break L2005858;
          }
          $T.on && $T.pop($s0);
        }
        $T.on && $T.set($s0, "$r315", $t755);
        $r315 = $r317;
        $T.on && $T.set($s0, "$r314", $t756);
        $r314 = $r314 + 1;
        $T.on && $T.set($s0, "$r316", $t757);
        $r316 = $r316 + 1;
      }
      if ($T.on ? $T.when($s0, $t752, $r311) : $r311) {
        $T.on && $T.let($s0, "$r320", $t63);
        let $r320 = 0;
        $T.on && $T.let($s0, "$r321", $t758);
        let $r321 = $r314 - 1;
        $T.on && $T.loop($s0, "L2005859");
        L2005859: while (true) {
          if ($T.on ? $T.exit($s0, "L2005859", $t759, !($r320 < $r321)) : !($r320 < $r321)) {
            break L2005859;
          }
          $T.on && $T.let($s0, "$r322", $t760);
          let $r322 = $r303[$r320];
          $T.on && $T.put($s0, $t736, $t762, $t761, $r303, $r320);
          $r303[$r320] = $r303[$r321];
          $T.on && $T.put($s0, $t736, $t764, $t763, $r303, $r321);
          $r303[$r321] = $r322;
          $T.on && $T.set($s0, "$r320", $t765);
          $r320 = $r320 + 1;
          $T.on && $T.set($s0, "$r321", $t766);
          $r321 = $r321 - 1;
        }
        $T.on && $T.pop($s0);
      }
      $T.on && $T.let($s0, "$r323", $t767);
      let $r323 = $r314;
      $T.on && $T.loop($s0, "L2005862");
      L2005862: while (true) {
        if ($T.on ? $T.exit($s0, "L2005862", $t768, !($r323 < $r308)) : !($r323 < $r308)) {
          break L2005862;
        }
        $T.on && $T.let($s0, "$r324", $t63);
        let $r324 = 0;
        $T.on && $T.let($s0, "$r325", $t769);
        let $r325 = $r323;
        $T.on && $T.let($s0, "$r326", $t770);
        let $r326 = $r303[$r323];
        $T.on && $T.loop($s0, "L2005860");
        L2005860: while (true) {
          if ($T.on ? $T.exit($s0, "L2005860", $t771, !($r324 < $r325)) : !($r324 < $r325)) {
            break L2005860;
          }
          $T.on && $T.let($s0, "$r327", $t772);
          let $r327 = $r324 + ($r325 - $r324 >> 1);
          $T.on && $T.let($s0, "$r328", $t773);
          let $r328 = $r303[$r327];
          $T.on && $T.let($s0, "$r329", $t774);
          let $r329 = `${$r326}`;
          $T.on && $T.let($s0, "$r330", $t775);
          let $r330 = `${$r328}`;
          if ($T.on ? $T.if($s0, $t776, $r329 < $r330) : $r329 < $r330) {
            $T.on && $T.set($s0, "$r325", $t777);
            $r325 = $r327;
            $T.on && $T.pop($s0);
          } else {
            $T.on && $T.set($s0, "$r324", $t778);
            $r324 = $r327 + 1;
            $T.on && $T.pop($s0);
          }
        }
        $T.on && $T.let($s0, "$r331", $t769);
        let $r331 = $r323;
        $T.on && $T.loop($s0, "L2005861");
        L2005861: while (true) {
          if ($T.on ? $T.exit($s0, "L2005861", $t779, !($r331 > $r324)) : !($r331 > $r324)) {
            break L2005861;
          }
          $T.on && $T.let($s0, "$r332", $t780);
          let $r332 = $r331 - 1;
          $T.on && $T.put($s0, $t736, $t782, $t781, $r303, $r331);
          $r303[$r331] = $r303[$r332];
          $T.on && $T.set($s0, "$r331", $t783);
          $r331 = $r332;
        }
        $T.on && $T.put($s0, $t736, $t785, $t784, $r303, $r324);
        $r303[$r324] = $r326;
        $T.on && $T.set($s0, "$r323", $t786);
        $r323 = $r323 + 1;
      }
      $T.on && $T.pop($s0);
    }
    if ($T.if($s0, $t728, $T.sortStores($r301, $r304))) {
      $T.on && $T.let($s0, "$r333", $t63);
      let $r333 = 0;
      $T.on && $T.loop($s0, "L2005863");
      L2005863: while (true) {
        if ($T.on ? $T.exit($s0, "L2005863", $t787, !($r333 < $r308)) : !($r333 < $r308)) {
          break L2005863;
        }
        $T.on && $T.put($s0, $t789, $t790, $t788, $r301, $r333);
        $r301[$r333] = $r303[$r333];
        $T.on && $T.set($s0, "$r333", $t791);
        $r333 = $r333 + 1;
      }
      $T.on && $T.loop($s0, "L2005864");
      L2005864: while (true) {
        if ($T.on ? $T.exit($s0, "L2005864", $t792, !($r333 < $r304)) : !($r333 < $r304)) {
          break L2005864;
        }
        $T.on && $T.put($s0, $t789, $t790, $t12, $r301, $r333);
        $r301[$r333] = undefined;
        $T.on && $T.set($s0, "$r333", $t791);
        $r333 = $r333 + 1;
      }
      $T.on && $T.pop($s0);
    } else {
      $T.sortStore($r301, $r303, $r304);
      $T.on && $T.pop($s0);
    }
    $T.on && $T.set($s0, "$r302", $t789);
    $r302 = $r301;
    $T.on && $T.pop($s0);
  } else {
    let $r334 = $T.on ? $T.mcallv($s0, "$r334", $t789, $r301, "sort", $r301.sort, $t8, []) : $r301.sort();
    $T.on && $T.set($s0, "$r302", $t793);
    $r302 = $r334;
    $T.on && $T.pop($s0);
  }
  $T.on && $T.pop($s0);
} else {
  let $r335 = $T.on ? $T.mcallv($s0, "$r335", $t789, $r301, "sort", $r301.sort, $t8, []) : $r301.sort();
  $T.on && $T.set($s0, "$r302", $t794);
  $r302 = $r335;
  $T.on && $T.pop($s0);
}
$T.on && $T.let($s0, "$r336", $t795);
let $r336 = $r302;
let $r337 = $T.on ? $T.mcallv($s0, "$r337", $t796, $r336, "join", $r336.join, $t482, [" "]) : $r336.join(" ");
$T.on ? $T.mcallv($s0, null, $t485, console, "log", console.log, $t799, [$r300, $r337]) : console.log($r300, $r337);
$T.end();
