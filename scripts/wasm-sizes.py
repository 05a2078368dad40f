#!/usr/bin/env python3
"""Attributes a wasm file's code bytes to crates, from its name section.

Build with symbols kept to use it:
  CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown
  python3 scripts/wasm-sizes.py target/wasm32-unknown-unknown/release/graceful-decline.wasm
Sizes are before wasm-opt and wasm-bindgen, so read them as shares, not totals.
"""
import re
import sys
from collections import Counter


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def main(path, top=40):
    data = open(path, 'rb').read()
    i = 8
    imported_funcs = 0
    bodies = []
    names = {}
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if sid == 2:  # imports: count functions so indices line up
            n, j = leb(data, i)
            for _ in range(n):
                for _ in range(2):
                    ln, j = leb(data, j)
                    j += ln
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported_funcs += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            n, j = leb(data, i)
            for _ in range(n):
                sz, j = leb(data, j)
                bodies.append(sz)
                j += sz
        elif sid == 0:
            ln, j = leb(data, i)
            name = data[j:j + ln].decode()
            j += ln
            if name == 'name':
                while j < end:
                    sub = data[j]
                    ssz, j = leb(data, j + 1)
                    send = j + ssz
                    if sub == 1:
                        n, k = leb(data, j)
                        for _ in range(n):
                            idx, k = leb(data, k)
                            nl, k = leb(data, k)
                            names[idx] = data[k:k + nl].decode(errors='replace')
                            k += nl
                    j = send
        i = end
    by_crate = Counter()
    by_fn = Counter()
    for n, sz in enumerate(bodies):
        name = names.get(n + imported_funcs, '?')
        m = re.search(r'(?:_ZN|<)?\d*([a-z_][a-z0-9_]*)(?:\.\.|::|\d)', name)
        crate = m.group(1) if m else name[:30]
        by_crate[crate] += sz
        by_fn[name[:110]] += sz
    total = sum(bodies)
    print(f'code: {total} bytes in {len(bodies)} functions')
    for crate, sz in by_crate.most_common(top):
        print(f'{sz:9d} {100 * sz / total:5.1f}%  {crate}')
    print('--- largest functions')
    for name, sz in by_fn.most_common(25):
        print(f'{sz:9d}  {name}')


if __name__ == '__main__':
    main(sys.argv[1])
