;; Interior kernel of hornSlopeAspect (hornSlopeAspect.ts) in WebAssembly: slope and aspect of
;; the cells 1 … width − 2 of one interior row, nodata rule included, with the float64
;; operations of the JS kernel in the same order, so that the results are bit-identical.
;; Compiled by packages/core/scripts/build-wasm.mjs into hornInteriorWasm.ts.
;;
;; Two cells per step in f64x2 lanes; the selections of the JS code (arc-tangent octants,
;; aspect wrap-around, nodata) are lane masks here, not branches.
;;
;; Memory: at 0 the arc-tangent table of fastAtan.ts as 16-byte entries (T[i], T[i+1] − T[i]),
;; T[i] = atan(i / intervals), i = 0 … intervals, written by the caller; from there on, rows at
;; offsets chosen by the caller.
(module
  (import "atan" "intervals" (global $intervals f64))
  (import "atan" "halfPi" (global $halfPi f64))
  (import "atan" "pi" (global $pi f64))
  (import "atan" "degPerRad" (global $degPerRad f64))
  ;; 3 pages: a masked table index (below) stays below 2 pages.
  (memory (export "memory") 3)

  ;; Slope [°] and aspect [°] of the interior columns of one row.
  ;; $north, $middle, $south: offsets of the Float32 elevation rows [m] above, at and below
  ;; (column 0), each readable up to column width (one past the row).
  ;; $slope, $aspect: offsets of the Float32 output rows (column 0); columns 1 … width − 2 are
  ;; written, and with an even width column width − 1 too, with a meaningless value.
  ;; $kx = 1 / (8·Δx), $ky = 1 / (8·Δy) [1/m].
  (func (export "interiorRow")
    (param $north i32) (param $middle i32) (param $south i32)
    (param $slope i32) (param $aspect i32)
    (param $width i32) (param $kx f64) (param $ky f64)
    (local $q i32) (local $end i32) (local $p0 i32) (local $p1 i32)
    ;; elevations of the columns col − 1 … col + 2 as pairs W = (col − 1, col),
    ;; M = (col, col + 1), E = (col + 1, col + 2) of the rows north, middle, south
    (local $nW v128) (local $nM v128) (local $nE v128) (local $mW v128) (local $mM v128) (local $mE v128)
    (local $sW v128) (local $sM v128) (local $sE v128)
    ;; the same with the nodata rule applied
    (local $a v128) (local $b v128) (local $c v128) (local $d v128) (local $f v128) (local $g v128)
    (local $h v128) (local $i v128)
    (local $gx v128) (local $gy v128) (local $x v128) (local $u v128) (local $fl v128) (local $e0 v128)
    (local $e1 v128) (local $t v128) (local $r v128) (local $big v128) (local $w v128) (local $af v128)
    (local $kx2 v128) (local $ky2 v128) (local $zero v128) (local $one v128)
    (local $nan v128) (local $n64 v128) (local $half v128) (local $pi64 v128) (local $deg v128)
    (local $magic v128) (local $indexMask v128) (local $signBit v128) (local $f360 v128)
    (local $f32x360 v128)
    (local.set $kx2 (f64x2.splat (local.get $kx)))
    (local.set $ky2 (f64x2.splat (local.get $ky)))
    (local.set $zero (f64x2.splat (f64.const 0)))
    (local.set $one (f64x2.splat (f64.const 1)))
    (local.set $nan (f64x2.splat (f64.const nan)))
    (local.set $n64 (f64x2.splat (global.get $intervals)))
    (local.set $half (f64x2.splat (global.get $halfPi)))
    (local.set $pi64 (f64x2.splat (global.get $pi)))
    (local.set $deg (f64x2.splat (global.get $degPerRad)))
    ;; floor(u) + 2^48 holds 16·floor(u), the entry's byte offset, in its low bits (u ≤ 4096);
    ;; the mask keeps a meaningless lane (NaN u) inside memory
    (local.set $magic (f64x2.splat (f64.const 0x1p48)))
    (local.set $indexMask (i64x2.splat (i64.const 0x1fff0)))
    (local.set $signBit (i64x2.splat (i64.const 0x8000000000000000)))
    (local.set $f360 (f64x2.splat (f64.const 360)))
    (local.set $f32x360 (f32x4.splat (f32.const 360)))
    ;; q = 4·col, col = 1, 3, … < width − 1
    (local.set $end (i32.shl (i32.sub (local.get $width) (i32.const 1)) (i32.const 2)))
    (local.set $q (i32.const 4))
    (if (i32.ge_u (local.get $q) (local.get $end)) (then (return)))
    (local.set $nW (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $north))))
    (local.set $mW (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $middle))))
    (local.set $sW (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $south))))
    (loop $cells
      (local.set $nM (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $north) (local.get $q)))))
      (local.set $mM (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $middle) (local.get $q)))))
      (local.set $sM (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $south) (local.get $q)))))
      (local.set $nE
        (f64x2.promote_low_f32x4 (v128.load64_zero offset=4 (i32.add (local.get $north) (local.get $q)))))
      (local.set $mE
        (f64x2.promote_low_f32x4 (v128.load64_zero offset=4 (i32.add (local.get $middle) (local.get $q)))))
      (local.set $sE
        (f64x2.promote_low_f32x4 (v128.load64_zero offset=4 (i32.add (local.get $south) (local.get $q)))))
      ;; gx = ((nE + 2·mE + sE) − (nW + 2·mW + sW))·kx, gy = ((nW + 2·nM + nE) − (sW + 2·sM + sE))·ky,
      ;; 2·m as m + m (the same number)
      (local.set $gx
        (f64x2.mul
          (f64x2.sub
            (f64x2.add (f64x2.add (local.get $nE) (f64x2.add (local.get $mE) (local.get $mE))) (local.get $sE))
            (f64x2.add (f64x2.add (local.get $nW) (f64x2.add (local.get $mW) (local.get $mW))) (local.get $sW)))
          (local.get $kx2)))
      (local.set $gy
        (f64x2.mul
          (f64x2.sub
            (f64x2.add (f64x2.add (local.get $nW) (f64x2.add (local.get $nM) (local.get $nM))) (local.get $nE))
            (f64x2.add (f64x2.add (local.get $sW) (f64x2.add (local.get $sM) (local.get $sM))) (local.get $sE)))
          (local.get $ky2)))
      ;; A nodata neighbour or centre makes gx + gy + m NaN. Nodata rule (interiorGradientWithNodata
      ;; of hornGradient.ts): a nodata neighbour takes the centre's value; a nodata centre has a
      ;; NaN gradient, hence NaN slope and aspect.
      (local.set $x (f64x2.add (f64x2.add (local.get $gx) (local.get $gy)) (local.get $mM)))
      (if (v128.any_true (f64x2.ne (local.get $x) (local.get $x)))
        (then
          (local.set $a (v128.bitselect (local.get $mM) (local.get $nW) (f64x2.ne (local.get $nW) (local.get $nW))))
          (local.set $b (v128.bitselect (local.get $mM) (local.get $nM) (f64x2.ne (local.get $nM) (local.get $nM))))
          (local.set $c (v128.bitselect (local.get $mM) (local.get $nE) (f64x2.ne (local.get $nE) (local.get $nE))))
          (local.set $d (v128.bitselect (local.get $mM) (local.get $mW) (f64x2.ne (local.get $mW) (local.get $mW))))
          (local.set $f (v128.bitselect (local.get $mM) (local.get $mE) (f64x2.ne (local.get $mE) (local.get $mE))))
          (local.set $g (v128.bitselect (local.get $mM) (local.get $sW) (f64x2.ne (local.get $sW) (local.get $sW))))
          (local.set $h (v128.bitselect (local.get $mM) (local.get $sM) (f64x2.ne (local.get $sM) (local.get $sM))))
          (local.set $i (v128.bitselect (local.get $mM) (local.get $sE) (f64x2.ne (local.get $sE) (local.get $sE))))
          (local.set $x (f64x2.ne (local.get $mM) (local.get $mM)))
          (local.set $gx
            (v128.bitselect (local.get $nan)
              (f64x2.mul
                (f64x2.sub
                  (f64x2.add (f64x2.add (local.get $c) (f64x2.add (local.get $f) (local.get $f))) (local.get $i))
                  (f64x2.add (f64x2.add (local.get $a) (f64x2.add (local.get $d) (local.get $d))) (local.get $g)))
                (local.get $kx2))
              (local.get $x)))
          (local.set $gy
            (v128.bitselect (local.get $nan)
              (f64x2.mul
                (f64x2.sub
                  (f64x2.add (f64x2.add (local.get $a) (f64x2.add (local.get $b) (local.get $b))) (local.get $c))
                  (f64x2.add (f64x2.add (local.get $g) (f64x2.add (local.get $h) (local.get $h))) (local.get $i)))
                (local.get $ky2))
              (local.get $x)))))
      ;; slope = atanNonNegative(√(gx² + gy²))·DEG (fastAtan.ts): atan(x) for x ≤ 1,
      ;; π/2 − atan(1/x) above
      (local.set $x
        (f64x2.sqrt
          (f64x2.add (f64x2.mul (local.get $gx) (local.get $gx)) (f64x2.mul (local.get $gy) (local.get $gy)))))
      (local.set $big (f64x2.gt (local.get $x) (local.get $one)))
      ;; atanUnit(min(x, 1/x)) (fastAtan.ts): t = T[i] + (T[i+1] − T[i])·(u − i), u = x·intervals,
      ;; i = floor(u)
      (local.set $u
        (f64x2.mul (f64x2.pmin (local.get $x) (f64x2.div (local.get $one) (local.get $x))) (local.get $n64)))
      (local.set $fl (f64x2.floor (local.get $u)))
      (local.set $e0 (v128.and (f64x2.add (local.get $fl) (local.get $magic)) (local.get $indexMask)))
      (local.set $p0 (i32x4.extract_lane 0 (local.get $e0)))
      (local.set $p1 (i32x4.extract_lane 2 (local.get $e0)))
      (local.set $e0 (v128.load (local.get $p0)))
      (local.set $e1 (v128.load (local.get $p1)))
      (local.set $t
        (f64x2.add
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $e0) (local.get $e1))
          (f64x2.mul
            (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $e0) (local.get $e1))
            (f64x2.sub (local.get $u) (local.get $fl)))))
      (v128.store64_lane 0 (i32.add (local.get $slope) (local.get $q))
        (f32x4.demote_f64x2_zero
          (f64x2.mul
            (v128.bitselect (f64x2.sub (local.get $half) (local.get $t)) (local.get $t) (local.get $big))
            (local.get $deg))))
      ;; aspect = atan2Fast(−gx, −gy)·DEG (fastAtan.ts): r = atan(|y|/|x|) where |y| ≤ |x|, else
      ;; π/2 − atan(|x|/|y|); π − r where x = −gy < 0; −r where y = −gx < 0
      (local.set $x (f64x2.abs (local.get $gy)))
      (local.set $w (f64x2.abs (local.get $gx)))
      (local.set $big (f64x2.le (local.get $w) (local.get $x)))
      (local.set $u
        (f64x2.mul
          (f64x2.div (f64x2.pmin (local.get $w) (local.get $x)) (f64x2.pmax (local.get $w) (local.get $x)))
          (local.get $n64)))
      (local.set $fl (f64x2.floor (local.get $u)))
      (local.set $e0 (v128.and (f64x2.add (local.get $fl) (local.get $magic)) (local.get $indexMask)))
      (local.set $p0 (i32x4.extract_lane 0 (local.get $e0)))
      (local.set $p1 (i32x4.extract_lane 2 (local.get $e0)))
      (local.set $e0 (v128.load (local.get $p0)))
      (local.set $e1 (v128.load (local.get $p1)))
      (local.set $t
        (f64x2.add
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $e0) (local.get $e1))
          (f64x2.mul
            (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $e0) (local.get $e1))
            (f64x2.sub (local.get $u) (local.get $fl)))))
      (local.set $r (v128.bitselect (local.get $t) (f64x2.sub (local.get $half) (local.get $t)) (local.get $big)))
      (local.set $r
        (v128.bitselect (f64x2.sub (local.get $pi64) (local.get $r)) (local.get $r)
          (f64x2.gt (local.get $gy) (local.get $zero))))
      (local.set $r
        (v128.xor (local.get $r) (v128.and (f64x2.gt (local.get $gx) (local.get $zero)) (local.get $signBit))))
      (local.set $x (f64x2.mul (local.get $r) (local.get $deg)))
      ;; In float32 (a > 0 exactly where its float32 is, but for values that round to 0 either
      ;; way): a ≤ 0 gives a + 360, or 0 where that rounds to 360. A flat cell (gx = gy = 0)
      ;; has 0/0 above and NaN through to here; clearing the sign bit (angles are ≥ +0) gives
      ;; the NaN of JS.
      (local.set $w (f32x4.demote_f64x2_zero (f64x2.add (local.get $x) (local.get $f360))))
      (local.set $w (v128.andnot (local.get $w) (f32x4.ge (local.get $w) (local.get $f32x360))))
      (local.set $af (f32x4.demote_f64x2_zero (local.get $x)))
      (v128.store64_lane 0 (i32.add (local.get $aspect) (local.get $q))
        (f32x4.abs (v128.bitselect (local.get $af) (local.get $w) (f32x4.gt (local.get $af) (local.get $zero)))))
      (local.set $nW (local.get $nE))
      (local.set $mW (local.get $mE))
      (local.set $sW (local.get $sE))
      (local.set $q (i32.add (local.get $q) (i32.const 8)))
      (br_if $cells (i32.lt_u (local.get $q) (local.get $end))))))
