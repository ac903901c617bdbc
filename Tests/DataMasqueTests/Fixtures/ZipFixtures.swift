import Foundation

/// Zip archives made by Python's `zipfile`, for the tests of archive responses.
enum ZipFixtures {
    /// A deflated zip of one YAML file, made by Python's `zipfile`.
    static let snapshot = Data(base64Encoded: "UEsDBBQAAAAIALuhfl1DI5D0RAEAAGgIAAAXAAAAZGlzY292ZXJ5X2NvbmZpZ183LnlhbWyF1ctugmAUReE5T3ESB47a8N+0MvZFiKUtsYIBWuPby3SfrIQZhD1ZH7ednfv5Mv5309Mu4/DVf9s8tPf5Z1yqnU1/Q2PHar069+N6uA/v9b66ds/HOH3OTWX2ZkN76xq7Pur1zOzeLks3rdPu1va/tSwCLIIsIiyiLBIskiwyLLIsCiyKLA6wOMjiuFn7sVl72qwNhKq5gVS1NxCrBgdy1eJAsO4Gk6w2B6J10WTrognXRZOuRkfS1ehIuhodSdc91qSr0ZF0NTqSrkZH0nXRpOuiSddFk65GJ9J1LzPpanQiXY1OpKvRiXQ1OpGuRifSddGk66JJ10WTrkZn0tXoTLoanUlXozPpanQmXY3OpOu+26TroknXRZOuiyZdjS6kq9GFdDW6kK5GF9J1fyvS1ehCuhpdSNdFk66LJl0XTbqpegFQSwECFAMUAAAACAC7oX5dQyOQ9EQBAABoCAAAFwAAAAAAAAAAAAAAgAEAAAAAZGlzY292ZXJ5X2NvbmZpZ183LnlhbWxQSwUGAAAAAAEAAQBFAAAAeQEAAAAA")!
    /// A deflated zip of `rulesets/customers.yml`, `orders.YAML` and `README.txt`.
    static let rulesets = Data(base64Encoded: "UEsDBBQAAAAIALuhfl0rkuakGwAAABkAAAAWAAAAcnVsZXNldHMvY3VzdG9tZXJzLnltbCtLLSrOzM+zUlA31DNQ5ypJLM4utlKIjuUCAFBLAwQUAAAACAC7oX5dN29t7hEAAAAPAAAACwAAAG9yZGVycy5ZQU1MK0stKs7Mz7NSUDfUM1DnAgBQSwMEFAAAAAgAu6F+Xawqk9gEAAAAAgAAAAoAAABSRUFETUUudHh0y8gEAFBLAQIUAxQAAAAIALuhfl0rkuakGwAAABkAAAAWAAAAAAAAAAAAAACAAQAAAABydWxlc2V0cy9jdXN0b21lcnMueW1sUEsBAhQDFAAAAAgAu6F+XTdvbe4RAAAADwAAAAsAAAAAAAAAAAAAAIABTwAAAG9yZGVycy5ZQU1MUEsBAhQDFAAAAAgAu6F+Xawqk9gEAAAAAgAAAAoAAAAAAAAAAAAAAIABiQAAAFJFQURNRS50eHRQSwUGAAAAAAMAAwC1AAAAtQAAAAAA")!
    /// A stored zip of `README.txt` only.
    static let readme = Data(base64Encoded: "UEsDBBQAAAAAALuhfl2sKpPYAgAAAAIAAAAKAAAAUkVBRE1FLnR4dGhpUEsBAhQDFAAAAAAAu6F+Xawqk9gCAAAAAgAAAAoAAAAAAAAAAAAAAIABAAAAAFJFQURNRS50eHRQSwUGAAAAAAEAAQA4AAAAKgAAAAAA")!
    /// A zip without entries.
    static let empty = Data(base64Encoded: "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==")!
    /// A deflated zip of 2,000 numbered lines (about 40 KB).
    static let large = Data(base64Encoded: """
        UEsDBBQAAAAIAPaofl3qWjWZEx4AAKcXAQAHAAAAYmlnLnR4dKWdXZIsqQ2F32cVs4TkH2Y/fnDExDzb3pHX4Y0Zu1OCFAJJ3Ij7cBsdVQKd1d
        XfOdXFn3//62+/P3/8/p9///bn//7r/vj9H//818///f//j18G+BJH4jSCg+k72P/BY+elgk2FK2G1bqooaHsBatxzFE3zdE5Sjgf1CulQB516
        NER1w+hZvwHKZbPfH9Ul+7fv/V+d7h/XvjeQn78DcFXvuJvIr/v6FtgtfGu73XrLh43B2Zz34BXt7laqO9y3VHq+g4k6iLfysrCguafpZZQ3N2
        3T3+W0M8J9FH6+Vzj7TH4UleVnUajcfRTWfX1/dLFbCNeLu916y4eNeRXnPXhF4rP71Wme0Th15bP4VYu3Mm3Q3NO0R3lzk7akv8uXXUgO7qTk
        p59IKXzvoxSX+yiRzcZHXPf1LbBb+NZ2u/WWDxvzvmSe9wBfWcVn96vTPKNfqfJZ/Kr1L1Rvg+lVCtdpfYl62/R3Oe2scB/lNt1HBb8tMLPilj
        upeO4nUln39S2wW/jWdruFlz9szKs478ErEp/dr07zjH5/d1M+i2ElVf9C9TaYXqXeHutL1Ntm+nXs05nGr9g1T3dSLd+fSLUu91Ft3H3U1n2F
        CzR2C9/abrfe8mFjXsV5D16R+OzGuWqe0a9U+Sx+1foXqrfB9CoFTGF9jcJfth/TL2Tfi3r8dfsJ8+/bT/zeTO6Zvw/j0pm7odyz7i9U2L2E4m
        7fAKYOWzSI67wboBKf6iDUPL9Bq3xSg1z/wjVWZ3rZgibrixb0mX5D+7Y2vLFeVsMlDEyDAb/8oHIUzmB43WGosJs5LrrbN6gftggk590Alfjc
        B4DXPN9x/lroArn+lQw6TK9j0GR9FYM+q7Hw2YqMt9YLb/BVJTfWB9nABiHbjg/LgBpU2M2E4m7foH7YIpCcd2PMUHzug1DzfAet8jkOcv1L29
        thYy9cbLK+qEGf1WmYWgPeWC/NwVf4DRrTy+utRfENhtcdhgq7mW9xy2vDZDtsEUjOuwEq8bkPQs3zHbTK5/hYjv6lDTpMr2vQZH1Rgz6r9TBa
        y+yKl9kXd4U4466s3rijPAfDe3/c8RQHxbNH7k7sBhKVTy4TG05YBWugtVnlBkSDjhuzvF675fXeLq+TX/4xzCtxzF3jLHNHAQ+Gd6a547EOim
        fb3J1gbkxJY5w7GeFAqLfOnRbcfuTegGyYCthgDZru7HP/XPvn/kED3T9fB90/xEL3z+qhewp6MLxz0T0PdyPbOfvo/gR0INE46V6GOBBavHSv
        BTeQW910b4M1aLrz073/BUPde3TUvZ8tde+Jp+79aqp7CnrjYXe2uufhDopnY92fgO6VCCiHM5QhDoR6c91rwQ3kVnvd22BtLPbOYPfh2mH3AS
        12H2aP3cfFZPdxddk9BT0Y3vnsnoc7KEpOuz8BHUg0XruXIQ6Eerfda8ENl2NANui4MNx9unPcfbq23H2aPHefZtPdJ+K6+7Ta7p6C3jvMIN54
        98DBefdbrIO66L17AeVApXbfvQrfQGvy370B2aDjwoH35daB9+XagfcFHXhfZgfeF+LA+8I58J6CHgzvHHjPwx0Uzw68PwEdTklAOVApHXivwj
        fQmhx4b0C2sboLB97XOwfe12sH3ld04H37OvC+EQfet9WB9xT0YHjnwHse7sZFzw68PwEdSDQOvJch7kcYVPiG7xvSghvIrQ58sMEaNN058OH5
        BQc+POjAh2d24MNDHPjwrA58oKA33le2c+ADD3dQPDvw4QR0INE58EGGOBDqHfigBTeQWx34YIM1XCx9O6X6ctcOfPDowAc/O/DBLw588KsDHy
        jowfDOgQ883L3FLdbhHE5ABxKNAx9kiAOh3oEPWnAby7E68MEGa9B058AH5h2Y2tY4OfAhzg58iMSBD3F14AMFPRjeO/CBhzsonh34cAI6kGgc
        +CBDHE5YhW+gNTnwwYBs0HHhwAf6hkvx31j7tQMfUhnvNJ4d+JCIAx8y58AHCnowvHPgAw93UDw78OEEdGNKGgc+yBAHQr0DH7Tg9soNyIars8
        EaNF2+gZ15j6a6dbyFvZD3sBfiwIeyOvCBgh4M7xz4wMMdXnSLdVAXHfggoByolA58UOHbmL/JgQ8GZIOOCwc+0LdkavuYN23qt6KhAx/a7MCH
        Rhz40FYHPlDQGw+7c+ADD3dQPDvw4QR0P5IooBz+RYMMcSDUO/BRC24gtzrw0QZrY7F3Dnxk3r2pbkUHPj6zAx/d4sBHtzrwkYIeDO8c+MjDHR
        QlBz6egA4kGgc+yhAHQr0DH7XghssxIBt0XDjwkf/LOUXftQMf/eTARz878NETBz761YGPFPTeYQbx8Co83EHx7MDHE9CBROPARxnixoT1DnzU
        ghvIrQ58tMHa28T/KZ1m7ds/s1NcFB34GGcHPkbiwMfIOfCRgh4M7xz4yMMdFM8OfDwBHU5JQDlQKR34qMI30Joc+GhAtrG6Cwc+8n9bp+i7du
        BjQgc+5q8DHzNx4GNeHfhIQQ+Gdw585OFuXPTswMcT0IFE48BHGeJeoQrfcP5acAO51YGPNliDpjsHPm7/EE+1FejAxzI78LEQBz6W1YGPFPTw
        YRnEg8rBgY9brIO66MBHAeXGDJUOfFThG2hNDnw0INvbYYM1XCz/13eKy1078LGhAx/b7MDHtjjwsa0OfKSgB8M7Bz7ycPdTTFuswz+lPgEdSD
        QOfJIhDoR6Bz5pwW0sx+rAJxusQdOdA5+2f6Ant7rJgU9uduCTIw58cqsDnyjowfDegU883EHx7MCnE9CBROPAJxnicMIqfAOtyYFPBmSDjgsH
        Pp0+GEVY+7UDn3wZn9AwO/DJEwc+Bc6BTxT0YHjnwCce7qB4duDTCejGlDQOfJIhDoR6Bz5pwe2VG5ANV2eDNWi6c+CT8Pkpx1Z04FP8OvApEg
        c+xdWBTxT0YHjnwCce7vCiW6yDuujAJwHlQKV04JMK38b8TQ58MiAbdFw48On00SmnPuEDVc5bkcenyuTPx8pk4sCnvDrwiYLeeNjtR8vwcAdF
        4cNlTkD3SgSUwxnKEAdCvQOftOAGcqsDn2ywNhZ758An4RNWjq3owKcyO/CpLg58qqsDnyjowfDOgU883EFRcuDTCehAonHgkwxxINQ78EkLbr
        gcA7JBx4UDn04frnLsu3bgU5sc+NRmBz414sCntjrwiYLez3BmEA8/oomHOyieHfh8AjqQaBz4LEPcmLDegc9acAO51YHPNlh7m+SPttytXfVR
        l5uLogOf3ezAZ0cc+Ow4Bz5T0IPhnQOfebiD4tmBzyegwykJKAcqpQOfVfgGWpMDnw3INlZ34cBn+bMuN33XDnz26MDn8HXgcyAOfA6rA58p6M
        HwzoHPPNyNi54d+HwCOpBoHPgsQ9wrVOEbzl8LbiC3OvDZBmvQdOfAZ9WHYW63Ah34HGcHPkfiwOe4OvCZgh4+LIN4UDk48HmLdVAXHfgsoNyY
        odKBzyp8A63Jgc8GZHs7bLA2PiTyzoHPqk/H3LSiA5/z7MDnvDjwOa8OfKagB8M7Bz7zcPcWt1iHczgBHUg0DnyWIQ6Eegc+a8FtLMfqwGcbrE
        HTnQOfVR+XybfWyYHPdXbgcyUOfK6rA58p6MHw4VPaebiD4tmBzyegA4nGgc8yxOGEVfgGWpMDnw3IBh0XDnyWPy9zu/ZrBz63Mj7bdnbgcyMO
        fHk4B75Q0IPhnQNfeLiD4tmBLyegG1PSOPBFhjgQ6h34ogW3V25AtvERwxcOfNGeULD0XTvwxaEDX9zXgS+OOPDFrQ58oaAHwzsHvvBwhxfdYh
        3URQe+CCgHKqUDX1T4NuZvcuCLAdmg48KBL9ojC2if4fCCdSsCOvAlzA58CcSBL2F14AsFvfGwOwe+8HAHxbMDX05A90oElMMZyhAHQr0DX7Tg
        BnKrA19ssDYWe+fAF8NpBksrOvAlfj7pPS0OfEmrA18o6MHw9tPeebiDovh57yegA4nqE99liAOh3oEvWnDD5RiQDTouHPiiPdRg6bt24EueHP
        iSZwe+ZOLAl7w68IWC3jvMIB5ehYc7KJ4d+HICOpBoHPgiQ9yYsN6BL1pwA7nVgS82WHubtKccrGs3nHewXBQd+FJnB75U4sCXyjnwhYIeDO8c
        +MLDHRTPDnw5AR1OSUA5UCkd+KLCN9CaHPhiQLaxugsHvmiPPVj6rh340tCBr8/Xga8PceDrszrwlYIeDO8c+MrD3bjo2YGvJ6ADicaBrzLEvU
        IVvuH8teAGcqsDX22wBk13Dnw1HzD32Qp04KubHfjqiANf3erAVwp6+LAM4kHl4MDXLdZBXXTgq4ByY4ZKB76q8A20Jge+GpDt7bDBGi7Wdtrc
        dLlrB74GdOBrmB34GhYHvobVga8U9GB458BXHu7e4hbrcA4noAOJxoGvMsSBUO/AVy24jeVYHfhqgzVounPgq/kIutGaJge+ptmBr4k48DWtDn
        yloAfDewe+8nAHReGs1BPQgUTjwFcZ4nDCKnwDrcmBrwZkg44LB77azqP7rP3aga8ZHfiaZwe+ZuLA18I58JWCHgzvHPjKwx0Uzw58PQHdmJLG
        ga8yxIFQ78BXLbi9cgOy4epssAZNdw58NR9SN7WiA1/r14GvlTjwta4OfKWgB8M7B77ycIcX3WId1EUHvgooByqlA19V+Dbmb3LgqwHZoOPCga
        +2E+uwr5kPrZu2oj3owLdnduDbQxz49qwOfKOgNx5258A3Hu6geHbg2wnoXomAcjhDGeJAqHfgmxbcQG514JsN1sZi7xz4Zj60bmpFB7652YFv
        fnHgm18d+EZBD4Z3Dnzj4Q6KkgPfTkAHEo0D32SIA6HegW9acMPlGJANOi4c+GY+HBz6rh34FiYHvoXZgW+BOPAtrA58o6D3DjOIh1fh4Q6Kwh
        GsJ6ADieoQVhnixoQNx7BqwQ3k5oNYbbD2NplPC8e1mw+tmy6KDnxLswPfEnHgW+Ic+EZBD4Z3Dnzj4Q6KZwe+nYAOpySgHKiUDnxT4RtoTQ58
        MyDbWN2FA9/Mx4dD37UD3zI68K18HfhWiAPfyurANwp6MLxz4BsPd+OiZwe+nYAOJBoHvskQ9wpV+Ibz14IbyK0OfLPBGjTdOfDNfGjdZyvQgW
        91duBbJQ58q6sD3yjo4cMyiAeVgwPftlgHddGBbwLKjRkqHfimwjfQmhz4ZkC2nw732GgNVtv7Ls9ifczn1s294zTW5/kcx/o8iw/fx5gDWR8K
        fDi+PZL14TEPqlvCGxM5wR1qVMeyPjLSodJwMOujBblpTeajWR8bvmHX5eGsj/kgu6nXz8ezPv5zPuvjiTHfR5gTWh9KgDh+OKP14bkPq8Iprc
        +J9lCjOqf1kRlvzFqFdyi2HdX6GKAOW24Oa33MR5BPG3B/XOsTxnmtT/gc2PqERu+0yFn1fZg/s/VhaBBLp1Nbny0DokBzbusjkB/KtCe3Pire
        Q7HJs3ePgfLGEm2Ah113tn1vvPbte28cd1r6Ovd9INN7La3efR9kzfs+vnPv3cOT4bjyFgpRIBr4XaNx8LtMaeF3pcXD73KTid/1Vhe/t1zY+L
        3rzsd3j/nsu89+FDfuteI/P9VKoHdaWc38Prhx83tlZ+f30sHP79Wzod8FoqPvHoENxzRlLESl3tTvYpOr3/VWW7+3XPn6ve/O2O+N185+763j
        Tqvtc6e1xdzvY6u73wdZe7+P7/z9XjoY/L0qOfxdIlr8XaPx+LtMafJ3pd7ld04Lh7gmZ8BCbLkw+nvXndPfG6+t/t47ef39q9ns718St7+PrH
        Z/H2T9fucYjByX4gESq2fLvwtEz79rNKZ/l6ld/67V2/5dbPL9u95q/PeWC+e/b+6t9d9br73/3ovmf/9/+NxpPtI7zXP+fx9mA4A+vksAeukQ
        AfTqOQPoN5oiBOgqTQrQZcoYoCv1OUAXm4KArrcnAb3pIgroXXdZQG+8DgN6bxt3WvzGAX3A0XstroFAH2QTgT6+iwR66ZgJ9Po5FOgCMRXoGk
        0s0GXKXKD/+LMEA11uSga63hoN9JaLbKB33YUDvfEX0oHence9lsrnp1qq9E5La0LQX1M2EUGv7DKCXjqEBL16Tgm6QIwJukaXE3ShMijoSn1S
        0MWmqKDrzVmBswHhWLH5KHRsvM8KXBlZgSufrMCVNStwhckKHIVJHN9mBY4HSKhu0XFM5ASNqFFlBU4GRVQasgKnhcNpTeaswNmAELsuswJnPn
        Jv6m1zVuDaJytwjWYFrjFZgaMwieOHrMDxAIlVIStwJ2hEjSor8DIo4qy9ChFRbMsKvAELseUmK/Dmw9KnDbjPCvwzsgL/fLIC/9CswDs2K/AU
        JnF8mxV4HiCxKmQF/gSN07xUWYGXQRGVhqzAa+EQ9AYsHEu0ASF2XWYF3nwo39w7sgLvSVbgPc0KvGeyAk9hEse3WYHnAXJceYuOKJCzAi/gIs
        q0WYFXIeK0CFtW4A1YiC03WYE3H6cOjeZT+j77EUdW4OMnK/CRZgU+MlmBpzA5PfY2K/A8QGJVyAr8CRpBI+DimKYMiqg0ZAVeC4eoN2cF3gaE
        04ovswJvPrZv7h1ZgU+frMDnNSvwmckKPIVJHN9mBZ4HSKyKWYE/QSNqVFmBl0ERlYaswGvhcKzJgIXYcpMVePOB69h4nxX4MmcFvnyyAl9oVu
        ALkxV4CpMwzmDkuBQPkFgVsgJ/gkbUqLICL4PiNGtDVuC1cIh6c1bgbUAIXeYT2McGmA/2my87sgLfPlmBbzQr8I3NCjyFSRzfZgWeB0isCllB
        OEEjzisIuIgybVYQVIiIYltWEAxYOC3xJisI5iPZsfE+KwjPyAqCI1lBcDQrCI7JCgKFSRzfZgWBB8jpykJWEE7QiBpVVhBkUASlChHHIrRwiH
        pzVhBsQIhdl1lBMB/9992PkRUE/8kKgqdZQfBMVhAoTI7HZjASS6esIGzREQVyVhAEXJymqc0KggoRUWzLCoIBC6HFBoRjxeZD27HxPisIcWQF
        IX6yghDXrCBEJisIFCZxfJsVBB4gobpFxzGREzSiRpUVBBkUUWnICoIWDqc1mbOCYANC7LrMCoL5cMCpN89ZQcifrCBkmhWEzGQFgcIkjh+ygs
        ADJFaFrCCcoBE1qqwgyKA4Zq1CRBTbsoJgwEJsuckKgvlY92kD7rOCUEZWEMonKwiFZgWhsllBoDCJ49usIPAAiVUhKwgnaJzmpcoKggyKqDRk
        BUELh6A3YOFYog0IsesyKwjm4wPn3pEVhEaygtBoVhAakxUECpM4vs0KIg+QeOW4RUcUyFlBFHARZdqsIKoQcVqELSuIBizElpusIJoPfodG83
        mCn/1wIyuI7pMVREezguiYrCBSmJwee5sVRB4gsSpkBfEEjaARcHFMUwZFVBqygqiFQ9Sbs4JoA8JpxZdZQTQfMDj3jqwg+k9WEMOaFcTAZAWR
        wiSOb7OCyAMkVsWsIJ6gETWqrCDKoIhKQ1YQtXA41mTAQmy5yQqi+Wh4bLzPCmKcs4IYP1lBjDQriJHJCiKFSRhnMHJcigdIrApZQTxBI2pUWU
        GUQXGatSEriFo4RL05K4g2IIQu81nxYwPMRxDOlx1ZQcyfrCBmmhXEzGYFkcIkjm+zgsgDJFaFrCCeoHHMS8BFlGmzgqhCRBTbsoJowMJpiTdZ
        QTQfHo+N91lBLCMriJVkBbHSrCBWJiuIFCZxfJsVRB4gpysLWUE8QSNqVFlBlEERlCpEHIvQwiHqzVlBtAEhdl1mBdF8SOF3P0ZWENsnK4iNZg
        WxMVlBojCJj50YjMTSKStIW3REgZwVJAEXp2lqs4KkQkQU27KCZMBCaLEB4Vix+Xh5bLzPCpIbWUFyn6wguTUrSI7JChKFSRzfZgWJB0iobtFx
        TOQEjahRZQVJBkVUGrKCpIXDaU3mrCDZgBC7LrOCZD7GcOoNc1aQwicrSIFmBSkwWUGiMInjh6wg8QCJVSErSCdoRI0qK0gyKI5ZqxARxbasIB
        mwEFtusoJkPoB+2oD7rCDFkRWk+MkKUqRZQUpsVpAoTOL4NitIPEBiVcgK0gkap3mpsoIkgyIqDVlB0sIh6A1YOJZoA0LsuswKkvmgw7l3ZAUp
        k6wgZZoVpMxkBYnCJI5vs4LEA+S48hYdUSBnBUnARZRps4KkQsRpEbasIBmwEFtusoJkPqIeGs0nH372o46sINVPVpAqzQpSZbKCRGFyeuxtVp
        B4gMSqkBWkEzSCRsDFMU0ZFFFpyAqSFg5Rb84Kkg0IpxVfZgXJfBTi3DuygtQ+WUF+1qwgP0xWkClM4vg2K8g8QGJVzAryCRpRo8oKsgyKqDRk
        BVkLh2NNBizElpusIJsPscfG+6wguzkryO6TFWRHs4LsmKwgU5iEcQYjx6V4gMSqkBXkEzSiRpUVZBkUp1kbsoKshUPUm7OCbANC6DKfaj82wH
        xY4nzZkRXk8MkKcqBZQQ5sVpApTOL4NivIPEBiVcgK8gkax7wEXESZNivIKkREsS0ryAYsnJZ4kxVk8zH32HifFeQ4soKcSFaQE80KcmKygkxh
        Ese3WUHmAXK6spAV5BM0okaVFWQZFEGpQsSxCC0cot6cFWQbEGLXZVaQzccpfvdjZAU5f7KCnGlWkDOTFWQKk+OxGYzE0ikryFt0RIGcFWQBF6
        dparOCrEJEFNuygmzAQmixAeFYse1sxfmC91lBriMryPWTFeS6ZgW5MllBpjCJ49usIPMACdUtOo6JnKARNaqsIMugiEpDVpC1cDityZwVZBsQ
        YtdlVpDNBy6O3vLMWUF5PllBeWhWUB4mKygUJnH8kBUUHiCxKmQF5QSNqFFlBUUGxTFrFSKi2JYVFAMWYstNVlBspy9+N+A+KyhuZAXFfbKC4m
        hWUDybFRQKkzi+zQoKD5BYFbKCcoLGaV6qrKDIoIhKQ1ZQtHAIegMWjiXagBC7LrOCYj6Sce4dWUEJJCsogWYFJTBZQaEwiePbrKDwADmuvEVH
        FMhZQRFwEWXarKCoEHFahC0rKAYsxJabrKDYzmecGs1nNH72I42soKRPVlASzQpKYrKCQmFyeuxtVlB4gMSqkBWUEzSCRsDFMU0ZFFFpyAqKFg
        5Rb84Kig0IpxVfZgXFfGjj3DuygpI/WUEpa1ZQCpMVFAqTOL7NCgoPkFgVs4JygkbUqLKCIoMiKg1ZQdHC4ViTAQux5SYrKLYTHOfG+6yg1Dkr
        KPWTFZRKs4JSmaygUJiEcQYjx6V4gMSqkBWUEzSiRpUVFBkUp1kbsoKihUPUm7OCYgPCt6vaTnScN6CaD3WcLzuygvp8soL60KygPmxWUClM4v
        g2K6g8QGJVyArqCRrHvARcRJk2K6gqRESxLSuoBiyclniTFVTbiY5z431WUN3ICqonWUH1NCuonskKKoVJHN9mBZUHyOnKQlZQT9CIGlVWUGVQ
        BKUKEccitHCIenNWUG1AiF2XWUE1H+r43Y+RFdTwyQpqoFlBDUxWUClMjsdmMBJLp6ygbtERBXJWUAVcnKapzQqqChFRbMsKqgELocUGhGPFth
        Md5wveZwU1jaygpk9WUNOaFdTEZAWVwiSOb7OCygMkVLfoOCZygkbUqLKCKoMiKg1ZQdXC4bQmc1ZQbUCIXZdZQTUf6jj1ljkrqOWTFdRCs4Ja
        mKygUpjE8UNWUHmAxKqQFdQTNKJGlRVUGRTHrFWIiGJbVlANWIgtN1lBtZ3o+N2A+6yg1pEV1PrJCmqlWUFtbFZQKUzi+DYrqDxAYlXICuoJGq
        d5qbKCKoMiKg1ZQdXC4atvBizEJTYbEGLXZVbQzIc6zr0jK2gPyQraQ7OC9jBZQaMwiePbrKDxADmuvEVHFMhZQRNwEWXarKCpEHFahC0raAYs
        xJabrKDZTnScGs2HOn72w4+soPlPVtA8zQqaZ7KCRmFyeuxtVtB4gMSqkBW0EzSCRsDFMU0ZFFFpyAqaFg5Rb84Kmg0IpxVfZgXNfKjj3Duygh
        Y+WUGLa1bQIpMVNAqTOL7NChoPkFgVs4J2gkbUqLKCJoMiKg1ZQdPC4ViTAQux5SYraLYTHefG+6ygpTkraOmTFbREs4KWmKygUZiEcQYjx6V4
        gMSqkBW0EzSiRpUVNBkUp1kbsoKmhUPUm7OCZgNC6LKd6PjZAPOhjvNlR1bQyicraIVmBa2wWUGjMInj26yg8QCJVSEraCdoHPMScBFl2qygqR
        ARxbasoBmwcFriTVbQbCc6zo33WUGrIytojWQFrdGsoDUmK2gUJnF8mxU0HiCnKwtZQTtBI2pUWUGTQfG3/wJQSwECFAMUAAAACAD2qH5d6lo1
        mRMeAACnFwEABwAAAAAAAAAAAAAAgAEAAAAAYmlnLnR4dFBLBQYAAAAAAQABADUAAAA4HgAAAAA=
        """, options: .ignoreUnknownCharacters)!
    /// A zip whose entry is deflated at level 0, in stored blocks.
    static let storedBlocks = Data(base64Encoded: "UEsDBBQAAAAIAPaofl0LDfPT1wAAANIAAAARAAAAc3RvcmVkLWJsb2Nrcy50eHQB0gAt/2hlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlCmhlbGxvIHN0b3JlZCBkZWZsYXRlClBLAQIUAxQAAAAIAPaofl0LDfPT1wAAANIAAAARAAAAAAAAAAAAAACAAQAAAABzdG9yZWQtYmxvY2tzLnR4dFBLBQYAAAAAAQABAD8AAAAGAQAAAAA=")!

    /// The YAML member of ``snapshot``.
    static let snapshotYAML = """
        # Discovery config snapshot
        # run: 7
        version: '1.0'
        keywords:
          - name: kw0
            pattern: email0
          - name: kw1
            pattern: email1
          - name: kw2
            pattern: email2
          - name: kw3
            pattern: email3
          - name: kw4
            pattern: email4
          - name: kw5
            pattern: email5
          - name: kw6
            pattern: email6
          - name: kw7
            pattern: email0
          - name: kw8
            pattern: email1
          - name: kw9
            pattern: email2
          - name: kw10
            pattern: email3
          - name: kw11
            pattern: email4
          - name: kw12
            pattern: email5
          - name: kw13
            pattern: email6
          - name: kw14
            pattern: email0
          - name: kw15
            pattern: email1
          - name: kw16
            pattern: email2
          - name: kw17
            pattern: email3
          - name: kw18
            pattern: email4
          - name: kw19
            pattern: email5
          - name: kw20
            pattern: email6
          - name: kw21
            pattern: email0
          - name: kw22
            pattern: email1
          - name: kw23
            pattern: email2
          - name: kw24
            pattern: email3
          - name: kw25
            pattern: email4
          - name: kw26
            pattern: email5
          - name: kw27
            pattern: email6
          - name: kw28
            pattern: email0
          - name: kw29
            pattern: email1
          - name: kw30
            pattern: email2
          - name: kw31
            pattern: email3
          - name: kw32
            pattern: email4
          - name: kw33
            pattern: email5
          - name: kw34
            pattern: email6
          - name: kw35
            pattern: email0
          - name: kw36
            pattern: email1
          - name: kw37
            pattern: email2
          - name: kw38
            pattern: email3
          - name: kw39
            pattern: email4
          - name: kw40
            pattern: email5
          - name: kw41
            pattern: email6
          - name: kw42
            pattern: email0
          - name: kw43
            pattern: email1
          - name: kw44
            pattern: email2
          - name: kw45
            pattern: email3
          - name: kw46
            pattern: email4
          - name: kw47
            pattern: email5
          - name: kw48
            pattern: email6
          - name: kw49
            pattern: email0
          - name: kw50
            pattern: email1
          - name: kw51
            pattern: email2
          - name: kw52
            pattern: email3
          - name: kw53
            pattern: email4
          - name: kw54
            pattern: email5
          - name: kw55
            pattern: email6
          - name: kw56
            pattern: email0
          - name: kw57
            pattern: email1
          - name: kw58
            pattern: email2
          - name: kw59
            pattern: email3

        """
}
