// Names of cities and their ethnic areas as the papers shorten them: 郑州市 → 郑州, 延边朝鲜族自治州 → 延边.

const ETHNIC_NAMES =
  "(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)";
const ETHNIC = `${ETHNIC_NAMES}族`;
// (博尔塔拉蒙古自治州, 巴音郭楞蒙古自治州, 克孜勒苏柯尔克孜自治州, 伊犁哈萨克自治州: without 族)
const AUTONOMOUS_PREFECTURE = new RegExp(`^(.+?)(?:${ETHNIC}|蒙古|柯尔克孜|哈萨克)+自治州$`);
// (察布查尔锡伯自治县: before 自治, without 族)
export const ETHNIC_AREA = new RegExp(`^(.+?)(?:(?:${ETHNIC})+|(?:${ETHNIC_NAMES})+(?=自治))(自治)?(区|县|旗)$`);

/** 郑州市 → 郑州; 延边朝鲜族自治州 → 延边; 阿里地区 → 阿里; 兴安盟 → 兴安. */
export const shortCity = (name: string): string =>
  name.replace(AUTONOMOUS_PREFECTURE, "$1").replace(/^(.{2,})(?:市|地区|盟)$/, "$1");
